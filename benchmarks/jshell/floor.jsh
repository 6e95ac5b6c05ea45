// Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
// The floor: jshell with the sagemaker4j class path, one snippet that prints, nothing loaded from the library.
System.out.println("prediction: none");
/exit
