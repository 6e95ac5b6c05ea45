#!/usr/bin/env python3
# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
"""Extracts the SageMaker Python SDK's image URI configurations into sagemaker4j's own resource, and the
URIs the SDK's own image_uris.retrieve computes for many argument combinations into a test fixture.

    python3 docs/parity/extract_image_uris.py /path/to/sagemaker-python-sdk [v2.257.6]

Writes
  sagemaker-core/src/main/resources/dev/sagemaker4j/image-uri-config.json
      every image_uri_config/*.json of the tag, registries (region -> account) deduplicated into one table,
      the ECR hostname of every region that has a registry (as botocore's endpoint resolver gives it, which
      is how the SDK builds the URI), and the Graviton constants of fw_utils.py
  sagemaker-core/src/test/resources/dev/sagemaker4j/image-uris-python-<tag>.tsv
      arguments and the URI (or 'error') of the SDK's retrieve(), run from the checkout's source with the
      modules it imports for JumpStart, pipelines and telemetry replaced by inert stand-ins

Needs python3 with `packaging` and `botocore` (the SDK's own dependencies); nothing else of the SDK is
installed. The SDK's source is read with `git archive` into a temporary folder and never copied into the
repository.
"""
import ast
import importlib
import io
import json
import subprocess
import sys
import tarfile
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESOURCE = ROOT / "sagemaker-core/src/main/resources/dev/sagemaker4j/image-uri-config.json"
NOT_IMAGE_CONFIGS = {"instance_gpu_info"}
# instance types that select each processor in image_uris._processor
PROCESSOR_INSTANCE = {"cpu": "ml.c5.xlarge", "gpu": "ml.p3.2xlarge", "inf": "ml.inf1.xlarge",
                      "trn": "ml.trn1.2xlarge", "neuron": "neuron"}
COLUMNS = ["framework", "region", "version", "py_version", "instance_type", "accelerator_type", "image_scope",
           "container_version", "distribution", "base_framework_version", "training_compiler_config",
           "sdk_version", "inference_tool", "serverless_inference_config"]
PER_FRAMEWORK = 60


def git(checkout, *args, text=True):
    return subprocess.run(["git", "-C", checkout, *args], check=True, capture_output=True, text=text).stdout


def unpack(checkout, tag, dest):
    data = git(checkout, "archive", tag, "src/sagemaker", text=False)
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(dest, filter="data")
    return Path(dest) / "src/sagemaker"


def functions(source, names):
    tree = ast.parse(source)
    return "\n\n".join(ast.get_source_segment(source, n) for n in tree.body
                       if isinstance(n, ast.FunctionDef) and n.name in names)


def assignments(source, names):
    tree = ast.parse(source)
    return "\n".join(ast.get_source_segment(source, n) for n in tree.body
                     if isinstance(n, ast.Assign) and any(getattr(t, "id", None) in names for t in n.targets))


def stand_in_package(sdk, work):
    """A package 'sagemaker' holding the SDK's image_uris.py and configs, and small stand-ins for the rest."""
    pkg = Path(work) / "pkgroot/sagemaker"
    (pkg / "jumpstart").mkdir(parents=True)
    (pkg / "workflow").mkdir()
    (pkg / "spark").mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "image_uris.py").write_text((sdk / "image_uris.py").read_text())
    (pkg / "image_uri_config").symlink_to(sdk / "image_uri_config")
    utils = (sdk / "utils.py").read_text()
    (pkg / "utils.py").write_text("import re\nimport botocore.loaders\nimport botocore.regions\n\n"
                                  + functions(utils, {"_botocore_resolver", "get_instance_type_family"}))
    fw_utils = (sdk / "fw_utils.py").read_text()
    graviton = {"GRAVITON_ALLOWED_TARGET_INSTANCE_FAMILY", "GRAVITON_ALLOWED_FRAMEWORKS"}
    (pkg / "fw_utils.py").write_text(assignments(fw_utils, graviton))
    (pkg / "spark/__init__.py").write_text("")
    (pkg / "spark/defaults.py").write_text((sdk / "spark/defaults.py").read_text())
    (pkg / "jumpstart/__init__.py").write_text("")
    (pkg / "jumpstart/artifacts.py").write_text("")
    (pkg / "jumpstart/constants.py").write_text(
        "import logging\nDEFAULT_JUMPSTART_SAGEMAKER_SESSION = None\nJUMPSTART_LOGGER = logging.getLogger('js')\n")
    (pkg / "jumpstart/enums.py").write_text(
        "from enum import Enum\nclass JumpStartModelType(str, Enum):\n    OPEN_WEIGHTS = 'open_weights'\n")
    (pkg / "jumpstart/utils.py").write_text(
        "from typing import Optional\n" + functions((sdk / "jumpstart/utils.py").read_text(),
                                                    {"is_jumpstart_model_input"}))
    (pkg / "workflow/__init__.py").write_text("def is_pipeline_variable(var):\n    return False\n")
    (pkg / "workflow/utilities.py").write_text("def override_pipeline_parameter_var(f):\n    return f\n")
    sys.path.insert(0, str(pkg.parent))
    return importlib.import_module("sagemaker.image_uris"), importlib.import_module("sagemaker.fw_utils")


def configs(sdk):
    out = {}
    for path in sorted((sdk / "image_uri_config").glob("*.json")):
        if path.stem not in NOT_IMAGE_CONFIGS:
            out[path.stem] = json.loads(path.read_text())
    return out


def compact(configs, image_uris, fw_utils, header):
    registries, index, regions = [], {}, set()

    def walk(node):
        if isinstance(node, dict):
            out = {}
            for key, value in node.items():
                if key == "registries":
                    frozen = json.dumps(value, sort_keys=True)
                    if frozen not in index:
                        index[frozen] = len(registries)
                        registries.append(dict(sorted(value.items())))
                        regions.update(value)
                    out[key] = index[frozen]
                else:
                    out[key] = walk(value)
            return out
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    frameworks = {name: walk(config) for name, config in configs.items()}
    resolver = image_uris.utils._botocore_resolver()
    hostnames = {}
    for region in sorted(regions):
        endpoint = resolver.construct_endpoint("ecr", region)
        if region == "il-central-1" and not endpoint:  # as image_uris.retrieve does
            endpoint = {"hostname": f"ecr.{region}.amazonaws.com"}
        if endpoint:
            hostnames[region] = endpoint["hostname"]
    lines = ["{", f'"source": {json.dumps(header)},',
             f'"gravitonInstanceFamilies": {json.dumps(list(fw_utils.GRAVITON_ALLOWED_TARGET_INSTANCE_FAMILY))},',
             f'"gravitonFrameworks": {json.dumps(sorted(fw_utils.GRAVITON_ALLOWED_FRAMEWORKS))},',
             f'"hostnames": {json.dumps(hostnames, separators=(",", ":"))},', '"registries": [']
    lines += [json.dumps(r, separators=(",", ":")) + ("," if i < len(registries) - 1 else "")
              for i, r in enumerate(registries)]
    lines += ["],", '"frameworks": {']
    names = list(frameworks)
    lines += [json.dumps(n) + ":" + json.dumps(frameworks[n], separators=(",", ":"))
              + ("," if i < len(names) - 1 else "") for i, n in enumerate(names)]
    lines += ["}", "}"]
    return "\n".join(lines) + "\n", len(registries), len(hostnames)


def combinations(name, config):
    """Argument sets that walk a configuration: every scope, version, alias, base framework, py version
    and processor, each once, in a region of the registry it reaches."""
    scopes = config.get("scope") or [k for k in config if isinstance(config[k], dict)]
    out = []
    for scope in scopes:
        scoped = config if "scope" in config else config[scope]
        aliases = scoped.get("version_aliases", {})
        for version in list(scoped.get("versions", {})) + list(aliases):
            vc = scoped["versions"].get(aliases.get(version, version))
            if not isinstance(vc, dict):
                continue
            bases = [None]
            if "repository" not in vc and name.startswith("huggingface") and any(
                    k.startswith(("pytorch", "tensorflow")) for k in vc):
                bases = [k for k in vc if k.startswith(("pytorch", "tensorflow"))]
                bases += list(vc.get("version_aliases", {}))
            for base in bases:
                bc = vc if base is None else vc.get(vc.get("version_aliases", {}).get(base, base), {})
                if "repository" in bc:
                    pys = bc.get("py_versions") or [None]
                else:
                    pys = [k for k in bc if isinstance(bc[k], dict)] or [None]
                for py in pys:
                    pc = bc.get(py, bc) if py else bc
                    regions = sorted(pc.get("registries", {}) or ["us-east-1"])
                    processors = scoped.get("processors") or pc.get("processors") or [None]
                    for processor in processors:
                        region = regions[len(out) % len(regions)]
                        instance = PROCESSOR_INSTANCE.get(processor, f"ml.{processor}.xlarge") if processor else None
                        out.append(dict(framework=name, region=region, version=version, py_version=py,
                                        instance_type=instance, image_scope=scope, base_framework_version=base))
    # configurations retrieve() reaches only through another framework's name
    for case in out:
        for fw in ("huggingface", "pytorch"):
            for tool in ("neuron", "neuronx"):
                if name == f"{fw}-{tool}":
                    case.update(framework=fw, inference_tool=tool)
            if name == f"{fw}-training-compiler":
                case.update(framework=fw, training_compiler_config=True)
    return out


def extras(name, config):
    """Arguments beyond the walk: defaults, other regions, accelerators, graviton, distribution, ..."""
    out = [dict(framework=name, region="us-east-1"), dict(framework=name, region="us-west-2", image_scope="training"),
           dict(framework=name, region="eu-west-1", image_scope="inference", instance_type="ml.m5.large")]
    if name in ("tensorflow", "pytorch", "mxnet"):
        for version in ("1.15", "1.6", "1.8", "2.3"):
            out.append(dict(framework=name, region="us-east-1", version=version, py_version="py37",
                            instance_type="ml.p4d.24xlarge", image_scope="training"))
            out.append(dict(framework=name, region="us-east-1", version=version, py_version="py3",
                            instance_type="ml.p3.16xlarge", image_scope="training",
                            distribution={"smdistributed": {"dataparallel": {"enabled": True}}}))
        out.append(dict(framework=name, region="us-west-2", version="1.5", py_version="py3",
                        instance_type="ml.c5.large", accelerator_type="ml.eia2.medium"))
        out.append(dict(framework=name, region="us-west-2", version="2.1", instance_type="ml.c6g.xlarge",
                        image_scope="inference"))
        out.append(dict(framework=name, region="us-west-2", version="2.0", instance_type="ml.p2.xlarge",
                        image_scope="training", py_version="py310"))
        out.append(dict(framework=name, region="us-east-1", version="1.13", instance_type="ml.inf1.xlarge",
                        image_scope="inference", py_version="py3"))
        out.append(dict(framework=name, region="us-east-1", version="1.11.0", instance_type="ml.trn1.2xlarge",
                        image_scope="training", py_version="py38"))
    if name in ("xgboost", "sklearn"):
        for version in ("1.3-1", "1.5-1", "1.0-1", "1.7-1"):
            out.append(dict(framework=name, region="us-east-1", version=version, instance_type="ml.c6g.xlarge",
                            image_scope="inference"))
            out.append(dict(framework=name, region="us-east-1", version=version, image_scope="inference_graviton",
                            instance_type="ml.m5.xlarge"))
    if name in ("huggingface", "pytorch"):
        out.append(dict(framework=name, region="us-east-1", version="4.11.0", base_framework_version="pytorch1.9.0",
                        py_version="py38", instance_type="ml.p3.2xlarge", image_scope="training",
                        training_compiler_config=True))
        out.append(dict(framework=name, region="us-east-1", version="1.12.0", py_version="py38",
                        instance_type="ml.p3.2xlarge", image_scope="training", training_compiler_config=True))
        out.append(dict(framework=name, region="us-east-1", version="4.12.3", base_framework_version="pytorch1.9.1",
                        py_version="py37", instance_type="ml.inf1.xlarge", image_scope="inference"))
        out.append(dict(framework=name, region="us-east-1", version="4.28.1", base_framework_version="pytorch1.13.0",
                        py_version="py38", instance_type="ml.inf2.xlarge", image_scope="inference",
                        inference_tool="neuronx"))
        out.append(dict(framework=name, region="us-east-1", version="4.28.1", base_framework_version="pytorch1.13.0",
                        py_version="py38", instance_type="ml.inf2.xlarge", image_scope="inference",
                        inference_tool="neuronx", sdk_version="sdk2.9.1"))
    out.append(dict(framework=name, region="us-east-1", image_scope="inference", serverless_inference_config=True))
    out.append(dict(framework=name, region="us-east-1", version="0.0-no-such", image_scope="training"))
    out.append(dict(framework=name, region="mars-east-1"))
    return out


def call(image_uris, args):
    kwargs = {k: v for k, v in args.items() if v is not None}
    if kwargs.pop("training_compiler_config", None):
        kwargs["training_compiler_config"] = object()
    if kwargs.pop("serverless_inference_config", None):
        kwargs["serverless_inference_config"] = object()
    try:
        return image_uris.retrieve(**kwargs)
    except (ValueError, KeyError, TypeError, AttributeError, NotImplementedError, IndexError, OSError):
        # the SDK answers some bad arguments with a ValueError and others with whatever Python raised;
        # sagemaker4j answers all of them with a ValidationException
        return "error"


def cell(value):
    if value is None:
        return ""
    if value is True:
        return "true"
    if isinstance(value, dict):
        return json.dumps(value, separators=(",", ":"), sort_keys=True)
    return str(value)


def main(argv):
    if len(argv) < 2:
        raise SystemExit(__doc__)
    checkout, tag = argv[1], (argv[2] if len(argv) > 2 else "v2.257.6")
    commit = git(checkout, "rev-list", "-n", "1", tag).strip()
    header = (f"sagemaker-python-sdk {tag} (commit {commit}) src/sagemaker/image_uri_config, "
              "extracted by docs/parity/extract_image_uris.py")
    import logging
    logging.disable(logging.CRITICAL)
    with tempfile.TemporaryDirectory() as work:
        sdk = unpack(checkout, tag, work)
        image_uris, fw_utils = stand_in_package(sdk, work)
        all_configs = configs(sdk)
        text, n_registries, n_hosts = compact(all_configs, image_uris, fw_utils, header)
        RESOURCE.parent.mkdir(parents=True, exist_ok=True)
        RESOURCE.write_text(text)
        rows = []
        for name, config in all_configs.items():
            walk = combinations(name, config)
            if len(walk) > PER_FRAMEWORK:  # evenly spaced, first and last included
                step = (len(walk) - 1) / (PER_FRAMEWORK - 1)
                walk = [walk[round(i * step)] for i in range(PER_FRAMEWORK)]
            for args in walk + extras(name, config):
                for scope_given in ([args.get("image_scope"), None] if args.get("image_scope") else [None]):
                    case = dict(args, image_scope=scope_given)
                    rows.append([cell(case.get(c)) for c in COLUMNS] + [call(image_uris, case)])
        seen, unique = set(), []
        for row in rows:
            if tuple(row[:-1]) not in seen:
                seen.add(tuple(row[:-1]))
                unique.append(row)
    fixture = ROOT / f"sagemaker-core/src/test/resources/dev/sagemaker4j/image-uris-python-{tag}.tsv"
    fixture.parent.mkdir(parents=True, exist_ok=True)
    with open(fixture, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# image_uris.retrieve of sagemaker-python-sdk {tag} (commit {commit}), "
                "computed by docs/parity/extract_image_uris.py\n")
        f.write("\t".join(COLUMNS + ["uri"]) + "\n")
        for row in unique:
            f.write("\t".join(row) + "\n")
    ok = sum(1 for r in unique if r[-1] != "error")
    print(f"{len(all_configs)} configurations, {n_registries} registries, {n_hosts} hostnames -> {RESOURCE}")
    print(f"{len(unique)} cases ({ok} URIs, {len(unique) - ok} errors) -> {fixture}")


if __name__ == "__main__":
    main(sys.argv)
