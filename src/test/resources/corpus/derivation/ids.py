"""Check-digit helpers so the fictional identifiers printed on the synthetic invoices are well-formed."""

def luhn_ok(s):
    total, dbl = 0, False
    for ch in reversed(s):
        d = int(ch)
        if dbl:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
        dbl = not dbl
    return total % 10 == 0

def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise ValueError(prefix)

def siren(base8):
    return luhn_complete(base8)

def siret(siren9, nic4):
    s = luhn_complete(siren9 + nic4)
    assert luhn_ok(s) and luhn_ok(siren9)
    return s

def fr_vat(siren9):
    key = (12 + 3 * (int(siren9) % 97)) % 97
    return "FR%02d%s" % (key, siren9)

def ice(base13):
    n = int(base13) * 100
    key = (97 - n % 97) % 97
    v = "%015d" % (n + key)
    assert int(v) % 97 == 0
    return v

def gb_vat(base7):
    w = [8, 7, 6, 5, 4, 3, 2]
    s = sum(int(d) * k for d, k in zip(base7, w))
    check = (-s) % 97
    return base7 + "%02d" % check

def de_vat(base8):
    # ISO 7064 MOD 11,10
    p = 10
    for ch in base8:
        s = (int(ch) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = (11 - p) % 10
    return "DE" + base8 + str(c)
