// Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
// sagemaker4j in JShell: data -> training -> endpoint -> prediction, in-process: no Docker, no AWS account.
//   mvn -B -ntp -pl examples -am package -DskipTests
//   java @examples/target/jshell/jshell.args examples/jshell/quickstart.jsh
import dev.sagemaker4j.*;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.serializers.CSVSerializer;
import dev.sagemaker4j.deserializers.CSVDeserializer;

// 500 rows, label first: 1 when x0 + x1 > 0
var random = new Random(1);
var csv = new StringBuilder();
for (int i = 0; i < 500; i++) { double a = random.nextGaussian(), b = random.nextGaussian(); csv.append(a + b > 0 ? 1 : 0).append(',').append((float) a).append(',').append((float) b).append('\n'); }

var session = Session.local(Files.createTempDirectory("sagemaker4j-jshell"));
var train = session.uploadString(csv.toString(), "s3://" + session.defaultBucket() + "/jshell/train.csv");
var xgb = Estimator.builder().imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1")).instanceCount(1).instanceType("local").hyperparameters(Map.of("objective", "binary:logistic", "num_round", "10")).session(session).build();
xgb.fit(Map.of("train", TrainingInput.builder().s3Data(train).contentType("text/csv").build()));
var predictor = xgb.deploy(d -> d.initialInstanceCount(1).instanceType("local").serializer(new CSVSerializer()).deserializer(new CSVDeserializer()));
System.out.println("prediction: " + predictor.predict(new double[][] {{1.5, 0.5}, {-1.0, -0.5}}));
predictor.deleteEndpoint();
session.close();
/exit
