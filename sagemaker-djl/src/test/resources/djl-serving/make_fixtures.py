# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
#
# Makes the TorchScript fixtures of the DJL serving tests and what PyTorch answers for fixed inputs.
# Run with Debian's python3 and torch 1.13 (/usr/bin/python3 make_fixtures.py, in this folder); the tests
# compare DJL's answers with these files and never run Python.
#   mlp.pt               [N, 4] -> [N, 3]          (Linear 4-8, ReLU, Linear 8-3)
#   cnn.pt               [N, 1, 8, 8] -> [N, 3]    (Conv 1-4 3x3 pad 1, ReLU, MaxPool 2, Linear 64-3)
#   mlp.inputs.npy       [5, 4] float32, mlp.expected.npy [5, 3]
#   cnn.inputs.npy       [5, 1, 8, 8] float32, cnn.expected.npy [5, 3]
#   image.expected.npy   [3]: softmax of cnn on the 8x8 grayscale image whose pixel (row r, column c) is
#                        (r * 37 + c * 11) % 256, scaled to [0, 1] as DJL's image translators do
import numpy as np
import torch

torch.manual_seed(20)


class Mlp(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.a = torch.nn.Linear(4, 8)
        self.b = torch.nn.Linear(8, 3)

    def forward(self, x):
        return self.b(torch.relu(self.a(x)))


class Cnn(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(1, 4, 3, padding=1)
        self.fc = torch.nn.Linear(64, 3)

    def forward(self, x):
        y = torch.nn.functional.max_pool2d(torch.relu(self.conv(x)), 2)
        return self.fc(torch.flatten(y, 1))


def save(name, module, inputs):
    module.eval()
    traced = torch.jit.script(module)
    torch.jit.save(traced, name + ".pt")
    with torch.no_grad():
        out = traced(torch.from_numpy(inputs)).numpy().astype(np.float32)
    np.save(name + ".inputs.npy", inputs)
    np.save(name + ".expected.npy", out)
    return traced


rng = np.random.default_rng(20)
save("mlp", Mlp(), rng.standard_normal((5, 4)).astype(np.float32))
cnn = save("cnn", Cnn(), rng.standard_normal((5, 1, 8, 8)).astype(np.float32))

pixels = np.array([[(r * 37 + c * 11) % 256 for c in range(8)] for r in range(8)], dtype=np.float32) / 255.0
with torch.no_grad():
    probs = torch.softmax(cnn(torch.from_numpy(pixels.reshape(1, 1, 8, 8))), dim=1)[0].numpy().astype(np.float32)
np.save("image.expected.npy", probs)
