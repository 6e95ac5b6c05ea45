#!/usr/bin/env python3
"""Makes the N-D tensor fixtures with Debian's python3-torch (1.13): two small CNNs exported to ONNX by PyTorch
with a dynamic batch dimension, an input batch and PyTorch's outputs for it. Run from this folder with
/usr/bin/python3; the test command never runs Python.

cnn.onnx:        input "image" [N, 1, 8, 8] -> output "logits" [N, 3]
featuremap.onnx: input "image" [N, 1, 8, 8] -> output "features" [N, 2, 8, 8] (an output of rank 4)
inputs.npy:      float32 [5, 1, 8, 8]; cnn.expected.npy and featuremap.expected.npy: PyTorch's outputs."""
import numpy as np
import torch

torch.manual_seed(7)
cnn = torch.nn.Sequential(torch.nn.Conv2d(1, 4, 3, padding=1), torch.nn.ReLU(), torch.nn.Flatten(),
                          torch.nn.Linear(4 * 8 * 8, 3)).eval()
featuremap = torch.nn.Sequential(torch.nn.Conv2d(1, 2, 3, padding=1), torch.nn.Tanh()).eval()
x = torch.from_numpy(np.random.default_rng(5).normal(size=(5, 1, 8, 8)).astype(np.float32))
np.save("inputs.npy", x.numpy())
for name, model, out in [("cnn", cnn, "logits"), ("featuremap", featuremap, "features")]:
    torch.onnx.export(model, x[:1], name + ".onnx", input_names=["image"], output_names=[out],
                      dynamic_axes={"image": {0: "batch"}, out: {0: "batch"}}, opset_version=13)
    with torch.no_grad():
        np.save(name + ".expected.npy", model(x).numpy())
