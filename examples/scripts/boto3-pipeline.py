#!/usr/bin/env python3
# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
#
# boto3 alone against LocalApiServer: a SageMaker pipeline created from its definition JSON (the flow of
# examples/.../PipelineQuickstart: prepare -> train XGBoost -> evaluate -> condition on the MSE -> register or
# fail), started twice (a threshold that registers, one that fails), waited for, its steps listed and its
# execution described. The processing steps run the example's Java processing scripts, which the server has on its
# class path. Start the server first (README), then:
#   mvn -B -q -Pserver -pl examples -am verify -DskipTests -Dserver.port=18082 -Dserver.root=/tmp/i18ex
#   python3 examples/scripts/boto3-pipeline.py [http://127.0.0.1:18082]
# Needs boto3 (Debian: apt-get install python3-boto3). Ran with boto3 1.43.11 on 2026-12-06; it printed:
#   pipeline arn:aws:sagemaker:us-east-1:000000000000:pipeline/boto-pipeline-45357
#   execution 6.0 threshold-6-0 Succeeded
#     step Prepare Succeeded ProcessingJob processing-job/pipelines-jx8ot00dknu0-prepare-a336e
#     step Train Succeeded TrainingJob training-job/pipelines-jx8ot00dknu0-train-952ef
#     step Evaluate Succeeded ProcessingJob processing-job/pipelines-jx8ot00dknu0-evaluate-b1cee
#     step CheckMse Succeeded Condition True
#     step Register Succeeded RegisterModel model-package/boto-pipeline-45357-group/1
#   execution 0.5 threshold-0-5 Failed MSE above 0.5
#     step Prepare Succeeded ProcessingJob processing-job/pipelines-1mqbkj4b4pf3-prepare-81924
#     step Train Succeeded TrainingJob training-job/pipelines-1mqbkj4b4pf3-train-4cf02
#     step Evaluate Succeeded ProcessingJob processing-job/pipelines-1mqbkj4b4pf3-evaluate-71721
#     step CheckMse Succeeded Condition False
#     step TooHigh Failed Fail MSE above 0.5 MSE above 0.5
#   executions [('threshold-6-0', 'Succeeded'), ('threshold-0-5', 'Failed')]
#   parameters [('MseThreshold', '0.5')]
#   versions [(1, 'PendingManualApproval')]
#   described Active boto-pipeline-45357
"""boto3 against LocalApiServer: CreatePipeline, StartPipelineExecution, ListPipelineExecutionSteps (issue 18)."""
import json, random, sys, time
import boto3
url = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:18082"
kw = dict(endpoint_url=url, region_name="us-east-1", aws_access_key_id="local", aws_secret_access_key="local")
sm = boto3.client("sagemaker", **kw)
s3 = boto3.client("s3", **kw)
bucket = "boto-pipeline"
try:
    s3.create_bucket(Bucket=bucket)
except Exception as e:
    print("bucket:", e)
rnd = random.Random(11)
lines = ["y,x1,x2,x3"]
for _ in range(1000):
    x1, x2, x3 = rnd.random() * 10, rnd.random() * 4, rnd.gauss(20, 3)
    lines.append("%.5f,%.5f,%.5f,%.5f" % (4 * x1 + 3 * x2 * x2 - 2 * x3 + rnd.gauss(0, 1), x1, x2, x3))
s3.put_object(Bucket=bucket, Key="raw/raw.csv", Body="\n".join(lines).encode())

image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"
role = "arn:aws:iam::000000000000:role/SageMakerRole"
scripts = "dev.sagemaker4j.examples.PipelineQuickstart$"
run = "boto-pipeline-%d" % (int(time.time()) % 100000)
group = run + "-group"
out = "s3://%s/%s" % (bucket, run)
cluster = {"ClusterConfig": {"InstanceType": "ml.m5.xlarge", "InstanceCount": 1, "VolumeSizeInGB": 30}}
def app(script):
    return {"ImageUri": "sagemaker4j/java-processing:17",
            "ContainerEntrypoint": ["java", "dev.sagemaker4j.processing.JavaProcessor", scripts + script]}
def proc_in(name, source):
    return {"InputName": name, "AppManaged": False, "S3Input": {"S3Uri": source, "LocalPath": "/opt/ml/processing/input/" + name,
            "S3DataType": "S3Prefix", "S3InputMode": "File", "S3DataDistributionType": "FullyReplicated"}}
def proc_out(name):
    return {"OutputName": name, "AppManaged": False, "S3Output": {"S3Uri": "%s/%s" % (out, name),
            "LocalPath": "/opt/ml/processing/output/" + name, "S3UploadMode": "EndOfJob"}}
def get(path):
    return {"Get": path}
model_data = get("Steps.Train.ModelArtifacts.S3ModelArtifacts")
definition = {
    "Version": "2020-12-01", "Metadata": {},
    "Parameters": [{"Name": "MseThreshold", "Type": "Float", "DefaultValue": 6.0}],
    "PipelineExperimentConfig": {"ExperimentName": get("Execution.PipelineName"), "TrialName": get("Execution.PipelineExecutionId")},
    "Steps": [
        {"Name": "Prepare", "Type": "Processing", "Arguments": {
            "ProcessingResources": cluster, "AppSpecification": app("Prepare"), "RoleArn": role,
            "ProcessingInputs": [proc_in("raw", "s3://%s/raw" % bucket)],
            "ProcessingOutputConfig": {"Outputs": [proc_out("train"), proc_out("test")]}}},
        {"Name": "Train", "Type": "Training", "Arguments": {
            "AlgorithmSpecification": {"TrainingImage": image, "TrainingInputMode": "File"},
            "OutputDataConfig": {"S3OutputPath": out + "/model"},
            "StoppingCondition": {"MaxRuntimeInSeconds": 600},
            "ResourceConfig": {"VolumeSizeInGB": 30, "InstanceCount": 1, "InstanceType": "ml.m5.xlarge"},
            "RoleArn": role,
            "InputDataConfig": [{"ChannelName": "train", "ContentType": "text/csv", "DataSource": {"S3DataSource": {
                "S3DataType": "S3Prefix", "S3DataDistributionType": "FullyReplicated",
                "S3Uri": get("Steps.Prepare.ProcessingOutputConfig.Outputs['train'].S3Output.S3Uri")}}}],
            "HyperParameters": {"objective": "reg:squarederror", "num_round": "60", "max_depth": "4", "eta": "0.2"}}},
        {"Name": "Evaluate", "Type": "Processing", "Arguments": {
            "ProcessingResources": cluster, "AppSpecification": app("Evaluate"), "RoleArn": role,
            "ProcessingInputs": [proc_in("model", model_data),
                                 proc_in("test", get("Steps.Prepare.ProcessingOutputConfig.Outputs['test'].S3Output.S3Uri"))],
            "ProcessingOutputConfig": {"Outputs": [proc_out("evaluation")]}},
         "PropertyFiles": [{"PropertyFileName": "Evaluation", "OutputName": "evaluation", "FilePath": "evaluation.json"}]},
        {"Name": "CheckMse", "Type": "Condition", "Arguments": {
            "Conditions": [{"Type": "LessThanOrEqualTo",
                            "LeftValue": {"Std:JsonGet": {"PropertyFile": get("Steps.Evaluate.PropertyFiles.Evaluation"),
                                                          "Path": "regression_metrics.mse.value"}},
                            "RightValue": get("Parameters.MseThreshold")}],
            "IfSteps": [{"Name": "Register", "Type": "RegisterModel", "Arguments": {
                "ModelPackageGroupName": group, "ModelApprovalStatus": "PendingManualApproval",
                "InferenceSpecification": {"Containers": [{"Image": image, "ModelDataUrl": model_data}],
                                           "SupportedContentTypes": ["text/csv"], "SupportedResponseMIMETypes": ["text/csv"]}}}],
            "ElseSteps": [{"Name": "TooHigh", "Type": "Fail", "Arguments": {"ErrorMessage": {"Std:Join": {
                "On": " ", "Values": ["MSE above", get("Parameters.MseThreshold")]}}}}]}}]}

sm.create_model_package_group(ModelPackageGroupName=group)
arn = sm.create_pipeline(PipelineName=run, PipelineDefinition=json.dumps(definition), RoleArn=role,
                         PipelineDescription="boto3 quickstart")["PipelineArn"]
print("pipeline", arn)
for threshold in ("6.0", "0.5"):
    ex = sm.start_pipeline_execution(PipelineName=run, PipelineExecutionDisplayName="threshold-" + threshold.replace(".", "-"),
                                     PipelineParameters=[{"Name": "MseThreshold", "Value": threshold}])["PipelineExecutionArn"]
    for _ in range(1200):
        d = sm.describe_pipeline_execution(PipelineExecutionArn=ex)
        if d["PipelineExecutionStatus"] not in ("Executing", "Stopping"):
            break
        time.sleep(0.5)
    print("execution", threshold, d["PipelineExecutionDisplayName"], d["PipelineExecutionStatus"], d.get("FailureReason", ""))
    for s in reversed(sm.list_pipeline_execution_steps(PipelineExecutionArn=ex)["PipelineExecutionSteps"]):
        meta = s.get("Metadata", {})
        what = next(iter(meta), "")
        detail = meta[what].get("Arn", meta[what].get("Outcome", meta[what].get("ErrorMessage", ""))) if what else ""
        print("  step", s["StepName"], s["StepStatus"], what, str(detail).split(":")[-1][:60], s.get("FailureReason", ""))
print("executions", [(e["PipelineExecutionDisplayName"], e["PipelineExecutionStatus"])
                     for e in sm.list_pipeline_executions(PipelineName=run, SortOrder="Ascending")["PipelineExecutionSummaries"]])
print("parameters", [(p["Name"], p["Value"]) for p in sm.list_pipeline_parameters_for_execution(PipelineExecutionArn=ex)["PipelineParameters"]])
print("versions", [(p["ModelPackageVersion"], p["ModelApprovalStatus"]) for p in sm.list_model_packages(ModelPackageGroupName=group)["ModelPackageSummaryList"]])
print("described", sm.describe_pipeline(PipelineName=run)["PipelineStatus"], sm.list_pipelines(PipelineNamePrefix=run)["PipelineSummaries"][0]["PipelineName"])
