import numpy as np

print("serving", np.__version__)
