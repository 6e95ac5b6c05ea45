#!/usr/bin/env bash
# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
#
# The AWS CLI alone against LocalApiServer: list a group's model packages, approve the pending one, and query the
# lineage up from the group's ModelGroup context. Run examples/scripts/boto3-flow.py first (it makes a group with
# two versions), then:
#   examples/scripts/aws-cli-registry.sh http://127.0.0.1:18080 <group>
# Ran with AWS CLI 1.45.11 on 2026-12-06; it printed the versions (1 PendingManualApproval, 2 Approved), then
# "1 Approved from the CLI", 2 approved versions, and the ModelGroup's ascendants: 2 DataSet, 1 Image and 3 Model
# artifacts and the TrainingJob trial component.
set -euo pipefail
url=${1:-http://127.0.0.1:18080}; group=$2
export AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local AWS_DEFAULT_REGION=us-east-1 AWS_EC2_METADATA_DISABLED=true
aws() { command aws --endpoint-url "$url" "$@"; }
aws sagemaker list-model-packages --model-package-group-name "$group" --sort-by CreationTime --sort-order Ascending \
  --query 'ModelPackageSummaryList[].[ModelPackageVersion,ModelApprovalStatus]' --output text
first=$(aws sagemaker list-model-packages --model-package-group-name "$group" --model-approval-status PendingManualApproval \
  --query 'ModelPackageSummaryList[0].ModelPackageArn' --output text)
aws sagemaker update-model-package --model-package-arn "$first" --model-approval-status Approved --approval-description "from the CLI"
aws sagemaker describe-model-package --model-package-name "$first" --query '[ModelPackageVersion,ModelApprovalStatus,ApprovalDescription]' --output text
aws sagemaker list-model-packages --model-package-group-name "$group" --model-approval-status Approved --query 'length(ModelPackageSummaryList)'
ctx=$(aws sagemaker list-contexts --context-type ModelGroup --query 'ContextSummaries[0].ContextArn' --output text)
aws sagemaker query-lineage --start-arns "$ctx" --direction Ascendants --include-edges --max-depth 10 \
  --query 'Vertices[].[LineageType,Type]' --output text | sort | uniq -c
