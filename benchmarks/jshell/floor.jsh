// The floor: jshell with the sagemaker4j class path, one snippet that prints, nothing loaded from the library.
System.out.println("prediction: none");
/exit
