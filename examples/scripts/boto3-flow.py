#!/usr/bin/env python3
# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
#
# boto3 alone against LocalApiServer: a Bayesian tuning job over the built-in XGBoost (create, describe, list its
# training jobs), the model registry (a group, two versions, approval, filtered listing, an unknown version),
# lineage (QueryLineage up from the best model's artifact) and experiments (Search of trial components).
# Start the server first (README: mvn -B -q -Pserver -pl examples -am verify -DskipTests -Dserver.port=18080), then:
#   python3 examples/scripts/boto3-flow.py [http://127.0.0.1:18080]
# Needs boto3 (Debian: apt-get install python3-boto3). Ran with boto3 1.43.11 on 2026-12-06; it printed:
#   tuning boto-tune-37030 Completed {'Completed': 4, ...} best boto-tune-37030-004-5bafaa64 {... 'Value': 0.99672}
#   approved [(2, 'Approved')]
#   unknown package -> ClientError ... (ValidationException) ... Could not find model package ...
#   model artifact arn:aws:sagemaker:...:artifact/... ascendants [('Artifact', 'DataSet'), ('Artifact', 'DataSet'),
#     ('Artifact', 'Image'), ('TrialComponent', 'TrainingJob')]
#   edges ['ContributedTo', 'ContributedTo', 'ContributedTo', 'Produced']
#   search ['boto-tune-37030-exp-tc']
"""boto3 against LocalApiServer: tuning, registry, lineage, experiments (issue 16 point 3, issue 17 point 5)."""
import csv, io, json, random, sys, time
import boto3
url = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:18080"
kw = dict(endpoint_url=url, region_name="us-east-1", aws_access_key_id="local", aws_secret_access_key="local")
sm = boto3.client("sagemaker", **kw)
s3 = boto3.client("s3", **kw)
bucket = "boto-flow"
try:
    s3.create_bucket(Bucket=bucket)
except Exception as e:
    print("bucket:", e)
rnd = random.Random(7)
def rows(n):
    out = io.StringIO()
    for _ in range(n):
        a, b = rnd.random() - 0.5, rnd.random() - 0.5
        out.write("%d,%.5f,%.5f\n" % (int(a + b > 0), a, b))
    return out.getvalue()
s3.put_object(Bucket=bucket, Key="train/train.csv", Body=rows(400).encode())
s3.put_object(Bucket=bucket, Key="validation/validation.csv", Body=rows(200).encode())
image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"
role = "arn:aws:iam::000000000000:role/SageMakerRole"
name = "boto-tune-%d" % (int(time.time()) % 100000)
def channel(n):
    return {"ChannelName": n, "ContentType": "text/csv",
            "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": "s3://%s/%s/" % (bucket, n)}}}
sm.create_hyper_parameter_tuning_job(
    HyperParameterTuningJobName=name,
    HyperParameterTuningJobConfig={
        "Strategy": "Bayesian",
        "HyperParameterTuningJobObjective": {"Type": "Maximize", "MetricName": "validation:auc"},
        "ResourceLimits": {"MaxNumberOfTrainingJobs": 4, "MaxParallelTrainingJobs": 2},
        "ParameterRanges": {"ContinuousParameterRanges": [{"Name": "eta", "MinValue": "0.05", "MaxValue": "0.5", "ScalingType": "Logarithmic"}],
                            "IntegerParameterRanges": [{"Name": "max_depth", "MinValue": "2", "MaxValue": "6", "ScalingType": "Auto"}],
                            "CategoricalParameterRanges": []},
        "TrainingJobEarlyStoppingType": "Off"},
    TrainingJobDefinition={
        "StaticHyperParameters": {"objective": "binary:logistic", "num_round": "20", "eval_metric": "auc"},
        "AlgorithmSpecification": {"TrainingImage": image, "TrainingInputMode": "File"},
        "RoleArn": role, "InputDataConfig": [channel("train"), channel("validation")],
        "OutputDataConfig": {"S3OutputPath": "s3://%s/output" % bucket},
        "ResourceConfig": {"InstanceType": "ml.m5.large", "InstanceCount": 1, "VolumeSizeInGB": 5},
        "StoppingCondition": {"MaxRuntimeInSeconds": 600}})
for _ in range(600):
    d = sm.describe_hyper_parameter_tuning_job(HyperParameterTuningJobName=name)
    if d["HyperParameterTuningJobStatus"] not in ("InProgress", "Stopping"):
        break
    time.sleep(0.5)
print("tuning", name, d["HyperParameterTuningJobStatus"], d["TrainingJobStatusCounters"], "best",
      d["BestTrainingJob"]["TrainingJobName"], d["BestTrainingJob"]["FinalHyperParameterTuningJobObjectiveMetric"])
jobs = sm.list_training_jobs_for_hyper_parameter_tuning_job(HyperParameterTuningJobName=name, SortBy="FinalObjectiveMetricValue")
print("jobs", [(j["TrainingJobName"], j["TrainingJobStatus"], j.get("FinalHyperParameterTuningJobObjectiveMetric", {}).get("Value")) for j in jobs["TrainingJobSummaries"]])
print("listed", [t["HyperParameterTuningJobName"] for t in sm.list_hyper_parameter_tuning_jobs(NameContains=name)["HyperParameterTuningJobSummaries"]])
best = d["BestTrainingJob"]["TrainingJobName"]
artifacts = sm.describe_training_job(TrainingJobName=best)["ModelArtifacts"]["S3ModelArtifacts"]

group = name + "-group"
sm.create_model_package_group(ModelPackageGroupName=group, ModelPackageGroupDescription="from boto3")
arns = []
for i in range(2):
    r = sm.create_model_package(ModelPackageGroupName=group, ModelApprovalStatus="PendingManualApproval",
        InferenceSpecification={"Containers": [{"Image": image, "ModelDataUrl": artifacts}],
                                "SupportedContentTypes": ["text/csv"], "SupportedResponseMIMETypes": ["text/csv"]})
    arns.append(r["ModelPackageArn"])
sm.update_model_package(ModelPackageArn=arns[1], ModelApprovalStatus="Approved", ApprovalDescription="boto3 says ok")
pk = sm.list_model_packages(ModelPackageGroupName=group, ModelApprovalStatus="Approved", SortBy="CreationTime", SortOrder="Descending")
print("approved", [(p["ModelPackageVersion"], p["ModelApprovalStatus"]) for p in pk["ModelPackageSummaryList"]])
try:
    sm.update_model_package(ModelPackageArn=arns[0].rsplit("/", 1)[0] + "/99", ModelApprovalStatus="Approved")
except Exception as e:
    print("unknown package ->", type(e).__name__, str(e)[:160])
model_artifact = sm.list_artifacts(SourceUri=artifacts)["ArtifactSummaries"][0]["ArtifactArn"]
q = sm.query_lineage(StartArns=[model_artifact], Direction="Ascendants", IncludeEdges=True, MaxDepth=10)
print("model artifact", model_artifact, "ascendants", sorted((v["LineageType"], v.get("Type", "")) for v in q["Vertices"]))
print("edges", sorted(e["AssociationType"] for e in q["Edges"]))
exp = name + "-exp"
sm.create_experiment(ExperimentName=exp)
sm.create_trial(TrialName=exp + "-trial", ExperimentName=exp)
sm.create_trial_component(TrialComponentName=exp + "-tc", Parameters={"eta": {"NumberValue": 0.1}})
sm.associate_trial_component(TrialComponentName=exp + "-tc", TrialName=exp + "-trial")
s = sm.search(Resource="ExperimentTrialComponent", SearchExpression={"Filters": [{"Name": "Parents.ExperimentName", "Operator": "Equals", "Value": exp}]})
print("search", [r["TrialComponent"]["TrialComponentName"] for r in s["Results"]])
