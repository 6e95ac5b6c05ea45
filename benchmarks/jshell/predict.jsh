// Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
// Predict only: deploy a model trained beforehand and print its first prediction. JShellStartBenchmark trains the
// model (the quickstart's data, 10 rounds) and passes its model.tar.gz as -R-Dsagemaker4j.bench.model=file:///...
import dev.sagemaker4j.*;
import dev.sagemaker4j.model.Model;
import dev.sagemaker4j.serializers.CSVSerializer;
import dev.sagemaker4j.deserializers.CSVDeserializer;

var session = Session.local(Files.createTempDirectory("sagemaker4j-jshell"));
var model = Model.builder().imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1")).modelData(System.getProperty("sagemaker4j.bench.model")).session(session).build();
var predictor = model.deploy(d -> d.initialInstanceCount(1).instanceType("local").serializer(new CSVSerializer()).deserializer(new CSVDeserializer()));
System.out.println("prediction: " + predictor.predict(new double[][] {{1.5, 0.5}, {-1.0, -0.5}}));
predictor.deleteEndpoint();
session.close();
/exit
