import numfmt
import tinyweb

print(tinyweb.page("report", f"{numfmt.grouped(1234567)} rows"))
