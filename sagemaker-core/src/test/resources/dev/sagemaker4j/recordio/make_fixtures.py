#!/usr/bin/env python3
# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
"""Writes the RecordIO-protobuf fixtures of RecordIOTest with Google's protobuf runtime for Python.

The Record messages are built and serialized by the protobuf Python runtime from the Amazon SageMaker
Python SDK's own src/sagemaker/amazon/record.proto (compiled here with protoc into a temporary directory,
never committed); the writer below does what the SDK v2.257.6's serializer_utils.py
(write_numpy_to_dense_tensor, write_spmatrix_to_sparse_tensor, _write_recordio) does, re-written from
reading it. Needs protoc, python3-protobuf, numpy and scipy (Debian: apt-get install protobuf-compiler
python3-protobuf python3-numpy python3-scipy).

    python3 make_fixtures.py /path/to/sagemaker-python-sdk v2.257.6
"""
import importlib
import os
import struct
import subprocess
import sys
import tempfile

import numpy as np
import scipy.sparse

MAGIC = 0xCED7230A


def compile_record_proto(sdk, tag, workdir):
    proto = subprocess.check_output(["git", "-C", sdk, "show", tag + ":src/sagemaker/amazon/record.proto"])
    with open(os.path.join(workdir, "record.proto"), "wb") as f:
        f.write(proto)
    subprocess.check_call(["protoc", "--proto_path=" + workdir, "--python_out=" + workdir, "record.proto"])
    sys.path.insert(0, workdir)
    return importlib.import_module("record_pb2").Record


def resolve_type(dtype):
    # serializer_utils._resolve_type: int -> Int32, float -> Float64, float32 -> Float32
    if dtype == np.dtype(int):
        return "int32_tensor"
    if dtype == np.dtype(float):
        return "float64_tensor"
    if dtype == np.dtype("float32"):
        return "float32_tensor"
    raise ValueError("Unsupported dtype {} on array".format(dtype))


def write_recordio(f, data):
    # serializer_utils._write_recordio: magic, length (native uint32: little-endian here), data, zero padding to 4
    length = len(data)
    f.write(struct.pack("<I", MAGIC))
    f.write(struct.pack("<I", length))
    f.write(data)
    f.write(b"\x00" * ((((length + 3) >> 2) << 2) - length))


def write_dense(f, record_type, array, labels=None):
    tensor = resolve_type(array.dtype)
    label_tensor = resolve_type(labels.dtype) if labels is not None else None
    record = record_type()
    for index, vector in enumerate(array):
        record.Clear()
        getattr(record.features["values"], tensor).values.extend(vector)
        if labels is not None:
            getattr(record.label["values"], label_tensor).values.extend([labels[index]])
        write_recordio(f, record.SerializeToString())


def write_sparse(f, record_type, array, labels=None):
    tensor = resolve_type(array.dtype)
    label_tensor = resolve_type(labels.dtype) if labels is not None else None
    csr = array.tocsr()
    n_rows, n_cols = csr.shape
    record = record_type()
    for row_idx in range(n_rows):
        record.Clear()
        row = csr.getrow(row_idx)
        getattr(record.features["values"], tensor).values.extend(row.data)
        getattr(record.features["values"], tensor).keys.extend(row.indices.astype(np.uint64))
        if labels is not None:
            getattr(record.label["values"], label_tensor).values.extend([labels[row_idx]])
        getattr(record.features["values"], tensor).shape.extend([n_cols])
        write_recordio(f, record.SerializeToString())


def main():
    sdk, tag = sys.argv[1], sys.argv[2]
    out = os.path.dirname(os.path.abspath(__file__))
    with tempfile.TemporaryDirectory() as workdir:
        record_type = compile_record_proto(sdk, tag, workdir)
        # the inputs RecordIOTest writes with the Java writer and compares byte for byte
        with open(os.path.join(out, "dense_float32_labels.rec"), "wb") as f:
            write_dense(f, record_type,
                        np.array([[1.5, -2.25, 3.0, 0.0], [4.0, 5.5, -6.125, 7.0], [0.1, 0.2, 0.3, 1e30]],
                                 dtype="float32"),
                        np.array([0.0, 1.0, 0.5]))
        with open(os.path.join(out, "dense_float64.rec"), "wb") as f:
            write_dense(f, record_type, np.array([[0.1, 2.0, -3.5], [1e-300, 4.0, 6.02e23]]))
        with open(os.path.join(out, "dense_int_labels.rec"), "wb") as f:
            write_dense(f, record_type, np.array([[1, -2, 300], [2147483647, -2147483648, 0]]),
                        np.array([7, -1]))
        with open(os.path.join(out, "sparse_float64_labels.rec"), "wb") as f:
            dense = np.array([[0.0, 1.5, 0.0, 0.0, -2.0], [0.0, 0.0, 0.0, 0.0, 0.0], [3.25, 0.0, 0.0, 200.0, 0.0]])
            write_sparse(f, record_type, scipy.sparse.csr_matrix(dense), np.array([1.0, 0.0, 2.0]))
        with open(os.path.join(out, "sparse_float32.rec"), "wb") as f:
            dense = np.array([[0.0, 0.0, 0.5], [-1.0, 0.0, 0.0]], dtype="float32")
            write_sparse(f, record_type, scipy.sparse.csr_matrix(dense))
    import google.protobuf
    print("wrote the fixtures with protobuf", google.protobuf.__version__, "numpy", np.__version__,
          "scipy", scipy.__version__, "from", tag)


if __name__ == "__main__":
    main()
