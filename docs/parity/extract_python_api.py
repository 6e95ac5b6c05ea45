#!/usr/bin/env python3
# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
"""Lists the public API of the SageMaker Python SDK classes that sagemaker4j mirrors.

Reads the SDK's source at a tag from a git checkout (nothing is imported or run) and writes one row per
public constructor parameter, public method, method keyword parameter and property, with the Python default,
to docs/parity/python-api-<tag>.tsv. Python 3 standard library only.

    python3 docs/parity/extract_python_api.py /path/to/sagemaker-python-sdk [v2.257.6]

Columns: class, kind, python_name, default.
  kind  init-param   a constructor parameter (an attrs field for @attr.s classes)
        method       a public method (static and class methods included)
        param        a parameter of a public method, named <method>.<parameter>
        property     a @property
        framework    an image configuration of image_uri_config/*.json (ImageUris only)
  default  the Python default as written in the source, or <required>
"""
import ast
import subprocess
import sys
from pathlib import Path

# (module path under src/sagemaker, Python class, name in the table); order is the table's order
CLASSES = [
    ("session.py", "Session", "Session"),
    ("estimator.py", "EstimatorBase", "EstimatorBase"),
    ("estimator.py", "Estimator", "Estimator"),
    ("model.py", "Model", "Model"),
    ("multidatamodel.py", "MultiDataModel", "MultiDataModel"),
    ("base_predictor.py", "Predictor", "Predictor"),
    ("transformer.py", "Transformer", "Transformer"),
    ("inputs.py", "TrainingInput", "TrainingInput"),
    ("inputs.py", "TransformInput", "TransformInput"),
    ("inputs.py", "ShuffleConfig", "ShuffleConfig"),
    ("inputs.py", "FileSystemInput", "FileSystemInput"),
    ("feature_store/feature_group.py", "FeatureGroup", "FeatureGroup"),
    ("feature_store/feature_group.py", "AthenaQuery", "AthenaQuery"),
    ("feature_store/feature_store.py", "FeatureStore", "FeatureStore"),
    ("feature_store/feature_definition.py", "FeatureDefinition", "FeatureDefinition"),
    ("feature_store/dataset_builder.py", "DatasetBuilder", "DatasetBuilder"),
    ("analytics.py", "TrainingJobAnalytics", "TrainingJobAnalytics"),
    ("analytics.py", "HyperparameterTuningJobAnalytics", "HyperparameterTuningJobAnalytics"),
    ("model_monitor/data_capture_config.py", "DataCaptureConfig", "DataCaptureConfig"),
    ("tuner.py", "HyperparameterTuner", "HyperparameterTuner"),
    ("parameter.py", "ContinuousParameter", "ContinuousParameter"),
    ("parameter.py", "IntegerParameter", "IntegerParameter"),
    ("parameter.py", "CategoricalParameter", "CategoricalParameter"),
    ("processing.py", "Processor", "Processor"),
    ("processing.py", "ScriptProcessor", "ScriptProcessor"),
    ("processing.py", "ProcessingInput", "ProcessingInput"),
    ("processing.py", "ProcessingOutput", "ProcessingOutput"),
    ("processing.py", "ProcessingJob", "ProcessingJob"),
    ("clarify.py", "DataConfig", "DataConfig"),
    ("clarify.py", "BiasConfig", "BiasConfig"),
    ("clarify.py", "ModelConfig", "ModelConfig"),
    ("clarify.py", "ModelPredictedLabelConfig", "ModelPredictedLabelConfig"),
    ("clarify.py", "SageMakerClarifyProcessor", "SageMakerClarifyProcessor"),
    ("workflow/triggers.py", "PipelineSchedule", "PipelineSchedule"),
    ("workflow/lambda_step.py", "LambdaStep", "LambdaStep"),
    ("clarify.py", "SHAPConfig", "SHAPConfig"),
    ("workflow/parameters.py", "Parameter", "Parameter"),
    ("workflow/parameters.py", "ParameterString", "ParameterString"),
    ("workflow/parameters.py", "ParameterInteger", "ParameterInteger"),
    ("workflow/parameters.py", "ParameterFloat", "ParameterFloat"),
    ("workflow/execution_variables.py", "ExecutionVariable", "ExecutionVariable"),
    ("workflow/functions.py", "Join", "Join"),
    ("workflow/functions.py", "JsonGet", "JsonGet"),
    ("workflow/properties.py", "PropertyFile", "PropertyFile"),
    ("workflow/conditions.py", "ConditionEquals", "ConditionEquals"),
    ("workflow/conditions.py", "ConditionGreaterThan", "ConditionGreaterThan"),
    ("workflow/conditions.py", "ConditionGreaterThanOrEqualTo", "ConditionGreaterThanOrEqualTo"),
    ("workflow/conditions.py", "ConditionLessThan", "ConditionLessThan"),
    ("workflow/conditions.py", "ConditionLessThanOrEqualTo", "ConditionLessThanOrEqualTo"),
    ("workflow/conditions.py", "ConditionIn", "ConditionIn"),
    ("workflow/conditions.py", "ConditionNot", "ConditionNot"),
    ("workflow/conditions.py", "ConditionOr", "ConditionOr"),
    ("workflow/steps.py", "CacheConfig", "CacheConfig"),
    ("workflow/steps.py", "TrainingStep", "TrainingStep"),
    ("workflow/steps.py", "TransformStep", "TransformStep"),
    ("workflow/steps.py", "ProcessingStep", "ProcessingStep"),
    ("workflow/steps.py", "TuningStep", "TuningStep"),
    ("workflow/model_step.py", "ModelStep", "ModelStep"),
    ("workflow/condition_step.py", "ConditionStep", "ConditionStep"),
    ("workflow/fail_step.py", "FailStep", "FailStep"),
    ("workflow/retry.py", "StepRetryPolicy", "StepRetryPolicy"),
    ("workflow/retry.py", "SageMakerJobStepRetryPolicy", "SageMakerJobStepRetryPolicy"),
    ("workflow/parallelism_config.py", "ParallelismConfiguration", "ParallelismConfiguration"),
    ("workflow/pipeline_experiment_config.py", "PipelineExperimentConfig", "PipelineExperimentConfig"),
    ("workflow/pipeline.py", "Pipeline", "Pipeline"),
    ("workflow/pipeline.py", "_PipelineExecution", "PipelineExecution"),
    ("model_monitor/model_monitoring.py", "ModelQualityMonitor", "ModelQualityMonitor"),
    ("model_monitor/clarify_model_monitoring.py", "ModelBiasMonitor", "ModelBiasMonitor"),
    ("model_monitor/clarify_model_monitoring.py", "ModelExplainabilityMonitor", "ModelExplainabilityMonitor"),
    ("model_monitor/clarify_model_monitoring.py", "BiasAnalysisConfig", "BiasAnalysisConfig"),
    ("model_monitor/clarify_model_monitoring.py", "ExplainabilityAnalysisConfig", "ExplainabilityAnalysisConfig"),
    ("amazon/amazon_estimator.py", "AmazonAlgorithmEstimatorBase", "AmazonAlgorithmEstimatorBase"),
    ("amazon/amazon_estimator.py", "RecordSet", "RecordSet"),
    ("amazon/linear_learner.py", "LinearLearner", "LinearLearner"),
    ("amazon/kmeans.py", "KMeans", "KMeans"),
    ("amazon/pca.py", "PCA", "PCA"),
    ("amazon/knn.py", "KNN", "KNN"),
    ("amazon/factorization_machines.py", "FactorizationMachines", "FactorizationMachines"),
    ("amazon/randomcutforest.py", "RandomCutForest", "RandomCutForest"),
    ("model_monitor/model_monitoring.py", "ModelMonitor", "ModelMonitor"),
    ("model_monitor/model_monitoring.py", "DefaultModelMonitor", "DefaultModelMonitor"),
    ("workflow/quality_check_step.py", "QualityCheckStep", "QualityCheckStep"),
    ("workflow/quality_check_step.py", "QualityCheckConfig", "QualityCheckConfig"),
    ("workflow/quality_check_step.py", "DataQualityCheckConfig", "DataQualityCheckConfig"),
    ("workflow/quality_check_step.py", "ModelQualityCheckConfig", "ModelQualityCheckConfig"),
    ("workflow/clarify_check_step.py", "ClarifyCheckStep", "ClarifyCheckStep"),
    ("workflow/clarify_check_step.py", "ClarifyCheckConfig", "ClarifyCheckConfig"),
    ("workflow/clarify_check_step.py", "DataBiasCheckConfig", "DataBiasCheckConfig"),
    ("workflow/clarify_check_step.py", "ModelBiasCheckConfig", "ModelBiasCheckConfig"),
    ("workflow/clarify_check_step.py", "ModelExplainabilityCheckConfig", "ModelExplainabilityCheckConfig"),
    ("workflow/check_job_config.py", "CheckJobConfig", "CheckJobConfig"),
]
# every class of these modules whose name ends in Serializer / Deserializer
SERDE_MODULES = ["base_serializers.py", "base_deserializers.py"]
IMAGE_URIS = "image_uris.py"
IMAGE_URI_CONFIG = "src/sagemaker/image_uri_config/"
# image_uri_config/*.json files that are not image configurations
NOT_IMAGE_CONFIGS = {"instance_gpu_info"}


def git(checkout, *args):
    return subprocess.run(["git", "-C", checkout, *args], check=True, capture_output=True,
                          text=True).stdout


def source(checkout, tag, path):
    return git(checkout, "show", f"{tag}:src/sagemaker/{path}")


def default_text(node):
    return "<required>" if node is None else " ".join(ast.unparse(node).split())


def parameters(fn):
    """(name, default) of a function's parameters, without self/cls, *args and **kwargs."""
    args = fn.args
    positional = args.posonlyargs + args.args
    defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    out = [(a.arg, d) for a, d in zip(positional, defaults)]
    out += [(a.arg, d) for a, d in zip(args.kwonlyargs, args.kw_defaults)]
    decorators = {ast.unparse(d) for d in fn.decorator_list}
    if out and "staticmethod" not in decorators and out[0][0] in ("self", "cls"):
        out = out[1:]
    return [(name, default_text(d)) for name, d in out]


def is_attrs(cls):
    return any(ast.unparse(d).startswith(("attr.s", "attr.attrs", "attrs.define", "dataclass"))
               for d in cls.decorator_list)


def attrs_fields(cls):
    """The __init__ parameters attrs generates: annotated attr.ib() fields with init left True."""
    out = []
    for stmt in cls.body:
        if not isinstance(stmt, ast.AnnAssign) or not isinstance(stmt.target, ast.Name):
            continue
        call = stmt.value
        if not (isinstance(call, ast.Call) and ast.unparse(call.func) in ("attr.ib", "attrib", "attr.attrib")):
            continue
        kw = {k.arg: k.value for k in call.keywords}
        if "init" in kw and ast.unparse(kw["init"]) == "False":
            continue
        name = stmt.target.id.lstrip("_")
        if "default" in kw:
            default = default_text(kw["default"])
        elif "factory" in kw:
            default = ast.unparse(kw["factory"]) + "()"
        else:
            default = "<required>"
        out.append((name, default))
    return out


def class_rows(tree, py_class, table_class):
    cls = next((n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == py_class), None)
    if cls is None:
        raise SystemExit(f"class {py_class} not found")
    rows = []
    init = next((n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"), None)
    if init is not None:
        rows += [(table_class, "init-param", n, d) for n, d in parameters(init)]
    elif is_attrs(cls):
        rows += [(table_class, "init-param", n, d) for n, d in attrs_fields(cls)]
    seen = set()
    for fn in cls.body:
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)) or fn.name.startswith("_"):
            continue
        decorators = {ast.unparse(d) for d in fn.decorator_list}
        if any(d.endswith((".setter", ".deleter")) for d in decorators):
            continue
        if fn.name in seen:  # an overload redefined later: the last definition wins, as in Python
            rows = [r for r in rows if r[2] != fn.name and not r[2].startswith(fn.name + ".")]
        seen.add(fn.name)
        if "property" in decorators:
            rows.append((table_class, "property", fn.name, ""))
            continue
        rows.append((table_class, "method", fn.name, ""))
        rows += [(table_class, "param", f"{fn.name}.{n}", d) for n, d in parameters(fn)]
    return rows


def serde_rows(tree):
    rows = []
    for cls in tree.body:
        if isinstance(cls, ast.ClassDef) and cls.name.endswith(("Serializer", "Deserializer")):
            rows += class_rows(tree, cls.name, cls.name)
    return rows


def image_uris_rows(checkout, tag):
    tree = ast.parse(source(checkout, tag, IMAGE_URIS))
    retrieve = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "retrieve")
    rows = [("ImageUris", "method", "retrieve", "")]
    rows += [("ImageUris", "param", f"retrieve.{n}", d) for n, d in parameters(retrieve)]
    names = git(checkout, "ls-tree", "--name-only", tag, IMAGE_URI_CONFIG).split()
    for path in sorted(names):
        name = Path(path).stem
        if path.endswith(".json") and name not in NOT_IMAGE_CONFIGS:
            rows.append(("ImageUris", "framework", name, ""))
    return rows


def main(argv):
    if len(argv) < 2:
        raise SystemExit(__doc__)
    checkout, tag = argv[1], (argv[2] if len(argv) > 2 else "v2.257.6")
    rows = []
    for module, py_class, table_class in CLASSES:
        rows += class_rows(ast.parse(source(checkout, tag, module)), py_class, table_class)
    for module in SERDE_MODULES:
        rows += serde_rows(ast.parse(source(checkout, tag, module)))
    rows += image_uris_rows(checkout, tag)
    commit = git(checkout, "rev-list", "-n", "1", tag).strip()
    out = Path(__file__).resolve().parent / f"python-api-{tag}.tsv"
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# sagemaker-python-sdk {tag} (commit {commit}), extracted by docs/parity/extract_python_api.py\n")
        f.write("class\tkind\tpython_name\tdefault\n")
        for row in rows:
            f.write("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in row) + "\n")
    print(f"{len(rows)} rows -> {out}")


if __name__ == "__main__":
    main(sys.argv)
