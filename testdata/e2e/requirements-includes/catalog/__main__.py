import textcase
import tinyweb

print(tinyweb.page(textcase.title("product catalog"), f"textcase {textcase.__version__}"))
