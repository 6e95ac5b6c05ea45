#!/usr/bin/env python3
"""Writes the seed inputs of the Jazzer fuzz targets (the committed corpus starts from these).

Run from the repository root: python3 benchmarks/fuzz/make_seeds.py
Each seed lands in <module>/src/test/resources/<package>/<Class>Inputs/<method>/seed-<name>, where a
plain `mvn verify` runs it (Jazzer's regression mode) and JAZZER_FUZZ=1 starts fuzzing from it.
Inputs that crash code other helpers are fixing are written by hand to benchmarks/fuzz/findings/.
"""
import gzip
import hashlib
import hmac
import io
import json
import struct
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def put(module, package, cls, method, name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    d = ROOT / module / "src/test/resources" / package.replace(".", "/") / f"{cls}Inputs" / method
    d.mkdir(parents=True, exist_ok=True)
    (d / f"seed-{name}").write_bytes(data)


def npy(descr, shape, payload, fortran=False, version=1):
    header = "{'descr': '%s', 'fortran_order': %s, 'shape': %s, }" % (
        descr, "True" if fortran else "False", repr(tuple(shape)))
    prefix_len = 10 if version == 1 else 12
    pad = 64 - (prefix_len + len(header) + 1) % 64
    header = header + " " * pad + "\n"
    length = struct.pack("<H", len(header)) if version == 1 else struct.pack("<I", len(header))
    return b"\x93NUMPY" + bytes([version, 0]) + length + header.encode("latin1") + payload


def tar(entries):
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.GNU_FORMAT) as t:
        for name, kind, data in entries:
            info = tarfile.TarInfo(name)
            info.mtime = 0
            if kind == "dir":
                info.type = tarfile.DIRTYPE
                t.addfile(info)
            elif kind == "sym":
                info.type = tarfile.SYMTYPE
                info.linkname = data
                t.addfile(info)
            else:
                info.size = len(data)
                t.addfile(info, io.BytesIO(data))
    return out.getvalue()


def sigv4(method, path, query, headers, body, key="AKIDFUZZ", secret="fuzz-secret",
          date="20240101T000000Z", scope="20240101/us-east-1/sagemaker/aws4_request"):
    """A request text signed the way SigV4Verifier checks it (non-S3: path segments encoded twice)."""
    def enc(s):
        return "".join(c if c.isalnum() or c in "-_.~" else "%%%02X" % b
                       for b in s.encode() for c in [chr(b)])
    headers = dict(headers, **{"x-amz-date": date})
    signed = ";".join(sorted(headers))
    canonical = "\n".join([
        method, "/".join(enc(seg) for seg in path.split("/")),
        "&".join(sorted(f"{enc(k)}={enc(v)}" for k, v in query)),
        *[f"{n}:{headers[n]}" for n in sorted(headers)], "", signed, hashlib.sha256(body).hexdigest()])
    to_sign = "\n".join(["AWS4-HMAC-SHA256", date, scope, hashlib.sha256(canonical.encode()).hexdigest()])
    k = ("AWS4" + secret).encode()
    for part in scope.split("/"):
        k = hmac.new(k, part.encode(), hashlib.sha256).digest()
    sig = hmac.new(k, to_sign.encode(), hashlib.sha256).hexdigest()
    auth = f"AWS4-HMAC-SHA256 Credential={key}/{scope}, SignedHeaders={signed}, Signature={sig}"
    q = "&".join(f"{k}={v}" for k, v in query)
    lines = [f"{method} {path}" + (f"?{q}" if query else ""), f"Authorization: {auth}"]
    lines += [f"{n}: {v}" for n, v in headers.items()]
    return ("\n".join(lines) + "\n\n").encode() + body


def main():
    core, inf, est, fs = "sagemaker-core", "sagemaker-inference", "sagemaker-estimators", "sagemaker-featurestore"
    f32 = struct.pack("<6f", 1, 2, 3, 4, 5, 6)

    # ---- sagemaker-core: deserializers
    p, c = "dev.sagemaker4j.deserializers", "DeserializersFuzzTest"
    put(core, p, c, "csv", "plain", "a,b,c\n1,2,3\n")
    put(core, p, c, "csv", "quoted", '"x, y","he said ""hi"""\r\n1,2\r\n\r\n')
    put(core, p, c, "csv", "unclosed-quote", '1,"abc\n2,3\n')
    put(core, p, c, "csv", "not-utf8", b"1,\xff\xfe\n")
    put(core, p, c, "json", "object", '{"a":[1,2.5,null,true,"s"],"b":{"c":NaN,"d":-Infinity}}')
    put(core, p, c, "json", "truncated", "[1,2,")
    put(core, p, c, "json", "trailing-token", "1 2")
    put(core, p, c, "json", "deep", "[" * 3000 + "]" * 3000)
    put(core, p, c, "json", "long-number", "1" * 5000)
    put(core, p, c, "json", "huge-exponent", "1e999999999")
    put(core, p, c, "jsonLines", "lines", '{"a":1}\n[1,2]\n\n"x"\n')
    put(core, p, c, "jsonLines", "bad-line", '{"a":1}\n{bad\n')
    put(core, p, c, "numpy", "npy", b"\x00" + npy("<f4", (2, 3), f32))
    put(core, p, c, "numpy", "csv", b"\x01" + b"1,2,3\n4,5,6\n")
    put(core, p, c, "numpy", "csv-bad", b"\x01" + b"1,,x\n")
    put(core, p, c, "numpy", "json", b"\x02" + b"[[1,2],[3,4]]")
    put(core, p, c, "numpy", "json-ragged", b"\x02" + b"[[1,2],[3]]")

    # ---- sagemaker-core: .npy
    p, c = "dev.sagemaker4j.npy", "NpyFuzzTest"
    put(core, p, c, "read", "f4-2x3", npy("<f4", (2, 3), f32))
    put(core, p, c, "read", "i8-v2", npy("<i8", (3,), struct.pack("<3q", -1, 0, 1), version=2))
    put(core, p, c, "read", "f8-fortran", npy("<f8", (2, 2), struct.pack("<4d", 1, 2, 3, 4), fortran=True))
    put(core, p, c, "read", "bool", npy("|b1", (2,), b"\x01\x00"))
    put(core, p, c, "read", "big-endian-f2", npy(">f2", (1,), b"\x3c\x00"))
    put(core, p, c, "read", "scalar", npy("<f8", (), struct.pack("<d", 7)))
    put(core, p, c, "read", "unicode", npy("<U2", (1,), b"a\0\0\0b\0\0\0"))
    put(core, p, c, "read", "truncated", npy("<f4", (1000,), f32))
    put(core, p, c, "read", "huge-shape", npy("<f8", (10**12, 10**12), b""))
    put(core, p, c, "read", "negative-shape", npy("<f8", (-1,), b""))
    put(core, p, c, "read", "bad-header", b"\x93NUMPY\x01\x00\x10\x00{'descr': '<f4\n")

    # ---- sagemaker-core: SDK JSON
    p, c = "dev.sagemaker4j.local", "SdkJsonFuzzTest"
    put(core, p, c, "fromJson", "training-job", b"\x00" + json.dumps({
        "TrainingJobName": "j", "RoleArn": "arn:aws:iam::1:role/r",
        "AlgorithmSpecification": {"TrainingImage": "img", "TrainingInputMode": "File"},
        "OutputDataConfig": {"S3OutputPath": "s3://b/o"},
        "ResourceConfig": {"InstanceType": "local", "InstanceCount": 1, "VolumeSizeInGB": 1},
        "StoppingCondition": {"MaxRuntimeInSeconds": 60}, "HyperParameters": {"a": "1"},
        "InputDataConfig": [{"ChannelName": "train", "DataSource": {"S3DataSource": {
            "S3DataType": "S3Prefix", "S3Uri": "s3://b/t"}}}],
        "Tags": [{"Key": "k", "Value": "v"}]}).encode())
    put(core, p, c, "fromJson", "list-times", b"\x03" + b'{"MaxResults":5,"CreationTimeAfter":1700000000.5}')
    put(core, p, c, "fromJson", "wrong-type", b"\x01" + b'{"EndpointConfigName":5,"ProductionVariants":{}}')
    put(core, p, c, "fromJson", "transform", b"\x02" + b'{"TransformJobName":"t","DataProcessing":'
        b'{"InputFilter":"$[1:]","JoinSource":"Input"},"TransformResources":{"InstanceCount":"x"}}')
    put(core, p, c, "fromJson", "not-object", b"\x00" + b"[1]")
    put(core, p, c, "fromJson", "bad-time", b"\x03" + b'{"CreationTimeAfter":"yesterday"}')

    # ---- sagemaker-core: tarballs (odd first byte: the target gzips the rest)
    p, c = "dev.sagemaker4j.local", "TarballsFuzzTest"
    put(core, p, c, "unpack", "model", b"\x01" + tar([("d", "dir", None), ("d/b.txt", "file", b"b"),
                                                       ("xgboost-model", "file", b"{}")]))
    put(core, p, c, "unpack", "escaping", b"\x01" + tar([("../evil", "file", b"x")]))
    put(core, p, c, "unpack", "symlink", b"\x01" + tar([("link", "sym", "/etc/passwd")]))
    # a truncated tar ("Truncated TAR archive" escapes as IOException) is kept in benchmarks/fuzz/findings/
    put(core, p, c, "unpack", "gzip-as-is", b"\x00" + gzip.compress(tar([("a", "file", b"a")]), mtime=0))
    put(core, p, c, "unpack", "not-gzip", b"\x00" + b"hello")

    # ---- sagemaker-inference: model request rows (decode: type byte, features byte, body)
    p, c = "dev.sagemaker4j.model.internal", "RowsFuzzTest"
    put(inf, p, c, "csv", "rows", "1,2,3\n4,5,6\n")
    put(inf, p, c, "csv", "odd-cells", '1.5,-2e3,,NaN\r\n"7", 8 ,+9\n')
    put(inf, p, c, "csv", "header", "a,b\n1,2\n")
    put(inf, p, c, "csv", "blank", "\n \n\t\n")
    put(inf, p, c, "csvFlat", "two", b"\x01" + b"1,2\n3,4\n")
    put(inf, p, c, "csvFlat", "mismatch", b"\x02" + b"1,2,3\n4,5\n")
    put(inf, p, c, "csvFlat", "blanks", b"\x00" + b"  \n1\n\t\n\r\n2\r\n")
    put(inf, p, c, "csvFlat", "long-digits", b"\x00" + b"12345678901234567890.123456789012345678901234\n")
    put(inf, p, c, "decode", "csv", b"\x00\x05" + b"1,2,3,4\n")
    put(inf, p, c, "decode", "libsvm", b"\x01\x00" + b"1 0:1.5 3:2\n0 1:1 qid:3\n")
    put(inf, p, c, "decode", "libsvm-bad", b"\x01\x05" + b"1 7:2\n")
    put(inf, p, c, "decode", "libsvm-negative-index", b"\x01\x00" + b"1 -1:2\n")
    put(inf, p, c, "decode", "libsvm-huge-index", b"\x01\x00" + b"1 2147483647:1\n")
    put(inf, p, c, "decode", "json-instances", b"\x02\x00" + b'{"instances":[[1,2],[3,4]]}')
    put(inf, p, c, "decode", "json-features", b"\x02\x03" + b'{"instances":[{"features":[1,2]}]}')
    put(inf, p, c, "decode", "json-sparse", b"\x02\x05" +
        b'{"instances":[{"data":{"features":{"keys":[0,3],"values":[1,2],"shape":[4]}}}]}')
    put(inf, p, c, "decode", "json-sparse-negative-shape", b"\x02\x00" +
        b'{"instances":[{"data":{"features":{"keys":[],"values":[],"shape":[-1]}}}]}')
    put(inf, p, c, "decode", "json-sparse-huge-shape", b"\x02\x00" +
        b'{"instances":[{"data":{"features":{"keys":[],"values":[],"shape":[2000000000]}}}]}')
    put(inf, p, c, "decode", "jsonlines", b"\x03\x03" + b'[1,2]\n{"features":[3,4]}\n')
    put(inf, p, c, "decode", "npy-2d", b"\x04\x04" + npy("<f4", (2, 3), f32))
    put(inf, p, c, "decode", "npy-3d", b"\x04\x00" + npy("<f4", (1, 2, 3), f32))
    put(inf, p, c, "decode", "npy-empty-rows", b"\x04\x00" + npy("<f4", (0, 3), b""))
    put(inf, p, c, "decode", "npy-no-features", b"\x04\x00" + npy("<f4", (10**9, 0), b""))
    put(inf, p, c, "decode", "npy-complex", b"\x04\x00" + npy("<c8", (1, 2), b"\0" * 16))
    put(inf, p, c, "decode", "json-sparse-text-key", b"\x02\x00" +
        b'{"instances":[{"data":{"features":{"keys":["a"],"values":[1],"shape":[4]}}}]}')
    put(inf, p, c, "decode", "libsvm-expands-too-far", b"\x01\x00" + b"1 1048575:1\n" * 65)

    # ---- sagemaker-inference: JSONPath filter (expression, line feed, record)
    p, c = "dev.sagemaker4j.hosting.internal", "JsonPathFilterFuzzTest"
    for name, text in [("slice", "$[1:]\n1,2,3"), ("path", '$.features\n{"features":[1]}'),
                       ("keys", "$['a','b']\n{\"a\":1}"), ("mixed", "$[0,2,5:]\na,b,c,d,e,f"),
                       ("negative", "$[-1]\n1,2"), ("unclosed", "$[\n1"), ("big-index", "$[99999999999]\n1"),
                       ("nested", '$.a.b\n{"a":{"b":2}}'), ("all", "$\n[1]")]:
        put(inf, p, c, "filter", name, text)

    # ---- sagemaker-inference: SigV4 (a request text)
    p, c = "dev.sagemaker4j.serving.internal", "SigV4VerifierFuzzTest"
    put(inf, p, c, "verify", "signed", sigv4("POST", "/", [("a", "b"), ("c", "d e")],
                                             {"host": "127.0.0.1", "x-amz-target": "SageMaker.ListEndpoints"},
                                             b"{}"))
    put(inf, p, c, "verify", "wrong-signature",
        "POST /\nAuthorization: AWS4-HMAC-SHA256 Credential=AKIDFUZZ/20240101/us-east-1/sagemaker/aws4_request,"
        " SignedHeaders=host;x-amz-date, Signature=00\nX-Amz-Date: 20240101T000000Z\nHost: h\n\n{}")
    put(inf, p, c, "verify", "unsigned", "GET /ping\n\n")
    put(inf, p, c, "verify", "unknown-key",
        "POST /\nAuthorization: AWS4-HMAC-SHA256 Credential=OTHER/d/r/s/aws4_request, SignedHeaders=host,"
        " Signature=1\n\n")

    # ---- sagemaker-inference: HTTP handlers (server byte, then a request text; /endpoints/E/ = the endpoint)
    p, c = "dev.sagemaker4j.serving", "HttpHandlersFuzzTest"
    for name, text in [
            ("invoke-csv", "POST /endpoints/E/invocations\nContent-Type: text/csv\nAccept: application/json\n\n1,2,3,4\n"),
            ("invoke-bad-csv", "POST /endpoints/E/invocations\nContent-Type: text/csv\n\n1,x\n"),
            ("invoke-libsvm", "POST /endpoints/E/invocations\nContent-Type: text/libsvm\n\n1 0:1 3:2\n"),
            ("container", "POST /invocations\nContent-Type: application/json\n\n[[1,2,3,4]]"),
            ("ping", "GET /ping\n\n"), ("ping-wrong-method", "DELETE /ping\n\n"),
            ("control", "POST /\nX-Amz-Target: SageMaker.ListEndpoints\nContent-Type: application/x-amz-json-1.1\n\n{}"),
            ("control-wrong-type", "POST /\nX-Amz-Target: SageMaker.DescribeEndpoint\n\n{\"EndpointName\":5}"),
            ("control-unknown", "POST /\nX-Amz-Target: SageMaker.Nope\n\n{}"),
            ("feature-get", "GET /FeatureGroup/fg/Record?RecordIdentifierValueAsString=1\n\n"),
            ("feature-batch", "POST /BatchGetRecord\n\n{\"Identifiers\":[]}"),
            ("unknown-path", "GET /nope?x=1\n\n")]:
        put(inf, p, c, "request", name, b"\x00" + text.encode())
    put(inf, p, c, "request", "raw-invoke", b"\x02" + b"POST /endpoints/E/invocations\nContent-Type: text/csv\n\n1,2,3,4\n")
    put(inf, p, c, "request", "raw-odd-target", b"\x02" + b"GET /ping?x=%41 y\nX-Weird: a\tb\n\n")
    put(inf, p, c, "request", "signed-unsigned", b"\x01" + b"POST /\nX-Amz-Target: SageMaker.ListEndpoints\n\n{}")
    put(inf, p, c, "request", "signed-wrong", b"\x01" + sigv4("POST", "/", [], {"x-amz-target": "SageMaker.ListEndpoints"},
                                                               b"{}").replace(b"Signature=", b"Signature=0"))

    # ---- sagemaker-estimators: training channel readers
    p, c = "dev.sagemaker4j.estimator.internal", "TabularDataFuzzTest"
    put(est, p, c, "csv", "labelled", b"\x01" + b"1,2,3\n0,4,5\n")
    put(est, p, c, "csv", "weighted", b"\x03" + b"1,0.5,2,3\r\n0,1,4,5\r\n")
    put(est, p, c, "csv", "not-a-number", b"\x01" + b"1,a\n")
    put(est, p, c, "csv", "ragged", b"\x01" + b"1,2\n1\n")
    put(est, p, c, "csv", "unlabelled", b"\x00" + b"1,2\n,3\n")
    put(est, p, c, "libsvm", "rows", "1 1:2 3:4\n0 qid:1 2:1\n# comment\n")
    put(est, p, c, "libsvm", "bad-label", "x 1:2\n")
    put(est, p, c, "libsvm", "negative-index", "1 -3:2\n")
    put(est, p, c, "libsvm", "not-a-pair", "1 a:b\n")
    put(est, p, c, "libsvm", "max-index", "1 2147483647:1\n")

    # ---- sagemaker-featurestore: event times (odd first byte: Fractional)
    p, c = "dev.sagemaker4j.featurestore.internal", "EventTimesFuzzTest"
    for name, text in [("iso", b"\x00" + b"2024-05-01T12:00:00Z"), ("iso-nanos", b"\x00" + b"2024-05-01T12:00:00.123456789Z"),
                       ("offset", b"\x00" + b"2024-05-01T12:00:00+02:00"), ("not-a-time", b"\x00" + b"nope"),
                       ("bad-month", b"\x00" + b"2024-13-01T12:00:00Z"),
                       ("fractional", b"\x01" + b"1700000000.123"), ("negative", b"\x01" + b"-1.5"),
                       ("not-a-number", b"\x01" + b"abc"), ("overflow", b"\x01" + b"1e30")]:
        put(fs, p, c, "parseMicros", name, text)


if __name__ == "__main__":
    main()
