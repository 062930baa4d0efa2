"""Interleaved sign-in and recovery tries against a running SamePage; medians per path (ms)."""
import http.cookiejar, re, statistics, sys, time, urllib.parse, urllib.request, uuid

base = sys.argv[1]
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 40

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None

def browser():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())

def token(opener, path):
    html = opener.open(base + path).read().decode()
    return re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', html).group(1)

def post(opener, path, fields, tok):
    data = urllib.parse.urlencode({**fields, "__RequestVerificationToken": tok}).encode()
    start = time.perf_counter()
    try:
        opener.open(base + path, data).read()
    except urllib.error.HTTPError as e:
        e.read()
    return (time.perf_counter() - start) * 1000

passphrase = "quiet harbour lantern mosaic"
names = []
for _ in range(2 + rounds // 8 + 1):
    b = browser()
    name = "t" + uuid.uuid4().hex[:12]
    post(b, "/signup", {"Username": name, "Passphrase": passphrase}, token(b, "/signup"))
    names.append(name)
paused, known_names = names[0], names[1:]
tries = {'n': 0}
def known():
    tries['n'] += 1
    return known_names[tries['n'] // 8]  # at most 8 wrong tries each: never paused
g = browser()
tok = token(g, "/signin")
for i in range(10):
    post(g, "/signin", {"Username": paused, "Passphrase": f"wrong guess {i}"}, tok)
rtok = token(g, "/recover")
code = "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE"
paths = {
    "sign-in, unknown name": lambda: post(g, "/signin", {"Username": "n" + uuid.uuid4().hex[:12], "Passphrase": "a wrong guess"}, tok),
    "sign-in, known name, wrong passphrase": lambda: post(g, "/signin", {"Username": known(), "Passphrase": "a wrong guess"}, tok),
    "sign-in, paused account": lambda: post(g, "/signin", {"Username": paused, "Passphrase": "a wrong guess"}, tok),
    "recovery, unknown name": lambda: post(g, "/recover", {"Username": "n" + uuid.uuid4().hex[:12], "Code": code, "NewPassphrase": "copper kettle meadow lantern"}, rtok),
    "recovery, known name, wrong code": lambda: post(g, "/recover", {"Username": known_names[-1], "Code": code, "NewPassphrase": "copper kettle meadow lantern"}, rtok),
}
times = {k: [] for k in paths}
for _ in range(3):
    for f in paths.values():
        f()
for r in range(rounds):
    for k, f in paths.items():
        times[k].append(f())
for k, v in times.items():
    print(f"{k:40s} median {statistics.median(v):6.1f} ms  p90 {sorted(v)[int(len(v)*0.9)]:6.1f} ms")
