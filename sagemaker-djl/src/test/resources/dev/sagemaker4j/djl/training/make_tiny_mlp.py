# Makes tiny-mlp.pt, the TorchScript fixture of DjlTrainingTest: a 4 -> 8 -> 2 MLP traced with torch 1.13
# (run with Debian's /usr/bin/python3, which has torch; the test itself needs no Python).
#   /usr/bin/python3 make_tiny_mlp.py
import torch

torch.manual_seed(7)
model = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.ReLU(), torch.nn.Linear(8, 2))
traced = torch.jit.trace(model.eval(), torch.zeros(1, 4))
traced.save("tiny-mlp.pt")
print(torch.__version__, traced(torch.ones(1, 4)).tolist())
