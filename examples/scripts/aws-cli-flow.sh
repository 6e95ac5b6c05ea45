#!/usr/bin/env bash
# The whole flow from the AWS CLI alone against LocalApiServer: upload, train, deploy, invoke, transform, read
# the output. Start the server first (README: mvn -B -q -Pserver -pl examples -am verify -DskipTests), then:
#   examples/scripts/aws-cli-flow.sh [http://127.0.0.1:8080]
# Needs the AWS CLI (v1 or v2; Debian: apt-get install awscli). Any keys do unless the server checks them.
set -euo pipefail
url=${1:-http://127.0.0.1:8080}
export AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID:-local} AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY:-local}
export AWS_DEFAULT_REGION=${AWS_DEFAULT_REGION:-us-east-1} AWS_EC2_METADATA_DISABLED=true
aws() { command aws --endpoint-url "$url" "$@"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bucket=cli-flow
suffix=$(date +%s)
image=683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1
role=arn:aws:iam::000000000000:role/SageMakerRole

# data: label first, no header (what SageMaker's XGBoost reads); a batch with an id column
awk 'BEGIN { srand(7); for (i = 0; i < 500; i++) { a = rand() - 0.5; b = rand() - 0.5;
  printf "%d,%.5f,%.5f\n", (a + b > 0), a, b } }' > "$work/train.csv"
awk 'BEGIN { srand(8); for (i = 0; i < 10; i++) printf "id%d,%.5f,%.5f\n", i, rand() - 0.5, rand() - 0.5 }' \
  > "$work/batch.csv"

aws s3 mb "s3://$bucket" || true
aws s3 cp "$work/train.csv" "s3://$bucket/train/train.csv"
aws s3 cp "$work/batch.csv" "s3://$bucket/batch/batch.csv"
aws s3 ls "s3://$bucket/" --recursive

job=cli-xgb-$suffix
aws sagemaker create-training-job --training-job-name "$job" --role-arn "$role" \
  --algorithm-specification TrainingImage=$image,TrainingInputMode=File \
  --hyper-parameters objective=binary:logistic,num_round=20 \
  --input-data-config "[{\"ChannelName\":\"train\",\"ContentType\":\"text/csv\",\"DataSource\":{\"S3DataSource\":{\"S3DataType\":\"S3Prefix\",\"S3Uri\":\"s3://$bucket/train/\"}}}]" \
  --output-data-config S3OutputPath=s3://$bucket/output \
  --resource-config InstanceType=ml.m5.large,InstanceCount=1,VolumeSizeInGB=5 \
  --stopping-condition MaxRuntimeInSeconds=600
aws sagemaker wait training-job-completed-or-stopped --training-job-name "$job"
status=$(aws sagemaker describe-training-job --training-job-name "$job" --query TrainingJobStatus --output text)
echo "training job $job: $status"
[ "$status" = Completed ] || exit 1
model_data=$(aws sagemaker describe-training-job --training-job-name "$job" \
  --query ModelArtifacts.S3ModelArtifacts --output text)

aws sagemaker create-model --model-name "$job" --execution-role-arn "$role" \
  --primary-container Image=$image,ModelDataUrl=$model_data
aws sagemaker create-endpoint-config --endpoint-config-name "$job" \
  --production-variants VariantName=AllTraffic,ModelName=$job,InitialInstanceCount=1,InstanceType=ml.m5.large
aws sagemaker create-endpoint --endpoint-name "$job" --endpoint-config-name "$job"
aws sagemaker wait endpoint-in-service --endpoint-name "$job"
printf '0.3,0.2\n-0.4,-0.1\n' > "$work/rows.csv"
aws sagemaker-runtime invoke-endpoint --endpoint-name "$job" --content-type text/csv \
  --body "fileb://$work/rows.csv" "$work/predictions.csv"
echo "predictions:"; cat "$work/predictions.csv"

aws sagemaker create-transform-job --transform-job-name "$job" --model-name "$job" \
  --transform-input "{\"DataSource\":{\"S3DataSource\":{\"S3DataType\":\"S3Prefix\",\"S3Uri\":\"s3://$bucket/batch/\"}},\"ContentType\":\"text/csv\",\"SplitType\":\"Line\"}" \
  --data-processing '{"InputFilter":"$[1:]","JoinSource":"Input","OutputFilter":"$[0,-1]"}' \
  --transform-output S3OutputPath=s3://$bucket/scores/$job,AssembleWith=Line \
  --transform-resources InstanceType=ml.m5.large,InstanceCount=1
aws sagemaker wait transform-job-completed-or-stopped --transform-job-name "$job"
aws s3 cp "s3://$bucket/scores/$job/batch.csv.out" "$work/batch.csv.out"
echo "transform output:"; cat "$work/batch.csv.out"
aws sagemaker delete-endpoint --endpoint-name "$job"
[ "$(wc -l < "$work/batch.csv.out")" -eq 10 ] && echo "OK: the whole flow ran through $url"
