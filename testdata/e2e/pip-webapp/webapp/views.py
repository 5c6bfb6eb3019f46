import tinyweb


def index():
    return tinyweb.page("dlint e2e", "hello from webapp")
