import sys

import textcase
import tinyweb

print(tinyweb.page(textcase.title("greetings from the venv"), sys.prefix))
