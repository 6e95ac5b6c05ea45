#!/usr/bin/env bash
# Builds the sagemaker4j container image (docker/Dockerfile) from this checkout:
#   sagemaker-container/docker/build.sh [image-tag]      (default tag: sagemaker4j-java:17)
# then push it to ECR, e.g.
#   docker tag sagemaker4j-java:17 123456789012.dkr.ecr.us-east-1.amazonaws.com/sagemaker4j-java:17
#   docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/sagemaker4j-java:17
set -euo pipefail
cd "$(dirname "$0")/../.."
tag="${1:-sagemaker4j-java:17}"
context=sagemaker-container/target/docker
rm -rf "$context"
mkdir -p "$context/lib"
# each module of the reactor copies its runtime dependencies; sagemaker-container's are the union of them all
mvn -B -ntp -pl sagemaker-container -am package -DskipTests dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$PWD/$context/lib"
cp sagemaker-container/target/sagemaker-container-*.jar "$context/lib/"
cp sagemaker-container/docker/Dockerfile "$context/"
docker build -t "$tag" "$context"
echo "built $tag"
