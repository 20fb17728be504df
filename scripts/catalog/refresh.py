"""Refreshes the catalog's token prices from genai-prices (run by `./dev catalog`).

genai-prices (pydantic/genai-prices, MIT) ships its price data inside the package
(`genai_prices.data.providers`). This script reads that bundled copy only (the
package can also update itself from the internet; that is never called), and:

1. rewrites the price fields of every row of `engine/data/closed_models.json` and
   `engine/data/hosted_offers.json` that names its genai-prices entry
   (`"genai_prices": {"provider_id": ..., "model_id": ...}`): standard and batch
   prices with their prompt-size tiers, cache reads and writes, the context
   window, `source` (the package, its version and the entry) and `as_of`;
2. writes `engine/tests/fixtures/genai_prices_costs.json`: what genai-prices'
   own `calc_price` charges for a set of workloads on every such row, which
   `engine/tests/genai_prices.rs` checks the engine against to the cent;
3. prints what changed: prices, rows it no longer finds (they keep their last
   prices), and models of the covered vendors the catalog does not have.

Rows without `genai_prices` (Baidu ERNIE in yuan, DeepInfra, ...) are left as
they are. Running it twice changes nothing the second time.

Which price, when genai-prices has several:
- prices bound to a start date: the price in force on PRICED_ON, or, where a
  change is already scheduled after it (an introductory rate ending), the price
  after the last scheduled change: the catalog prices months and years ahead;
- prices bound to a time of day (DeepSeek's peak and off-peak hours): the
  time-weighted mean over the day (DeepSeek V4: 7 peak hours, 17 off-peak), as
  for traffic spread over the 24 hours; the source gives both prices;
- variants: `{"processing": "batch"}` becomes the row's batch prices; service
  tiers (flex, priority) are not modelled.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from decimal import Decimal
from pathlib import Path

import genai_prices
from genai_prices import Usage
from genai_prices.data import providers
from genai_prices.types import (
    ModelPrice,
    StartDateConstraint,
    TieredPrices,
    TimeOfDateConstraint,
)

GENAI_PRICES_VERSION = "0.2.3"
# The day the rows are priced on, pinned with the version so a second run on
# any later day gives the same rows.
PRICED_ON = dt.date(2026, 12, 1)
# genai-prices 0.2.3 was published on PyPI in November 2026; the package holds
# no check date of its own (its YAML sources' `prices_checked` are not shipped).
AS_OF = "2026-11"

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "engine" / "data"
FIXTURE = ROOT / "engine" / "tests" / "fixtures" / "genai_prices_costs.json"
FILES = ("closed_models.json", "hosted_offers.json")

# The four price keys the engine models, genai-prices' names -> the catalog's.
PRICE_KEYS = {
    "input_mtok": "input",
    "output_mtok": "output",
    "cache_read_mtok": "cache_read",
    "cache_write_mtok": "cache_write",
}
# Keys a text request never pays (other modalities, tools, longer cache TTLs).
IGNORED_PREFIXES = (
    "input_audio",
    "output_audio",
    "cache_audio",
    "input_image",
    "output_image",
    "cache_image",
    "input_video",
    "output_video",
    "cache_video",
    "cache_write_1h",
    "web_search",
    "storage_search",
    "input_document",
    "input_annotated",
    "audio_",
)

# The vendors whose own line-ups the catalog follows (for the new-model report).
CLOSED_VENDORS = ("anthropic", "openai", "google", "deepseek", "moonshotai", "mistral", "zai", "x-ai")
# Words in a model id (split at - . : _) that mark a model that is not a general chat model,
# or a re-listing of another vendor's model (Google's Claude, Mistral's DeepSeek and GLM).
NOT_CHAT = {"image", "tts", "embed", "embedding", "audio", "realtime", "transcribe", "ocr", "moderation",
            "search", "live", "voice", "robotics", "whisper", "dall", "babbage", "davinci", "curie", "ada",
            "computer", "ft", "cyber", "research", "omni", "codestral", "devstral", "gemma", "latest",
            "free", "vision", "preview", "instruct", "tool", "nano-banana", "banana", "voxtral", "pixtral",
            "saba", "rosalind", "safeguard", "oss"}
REHOSTED = {("google", "claude"), ("mistral", "deepseek"), ("mistral", "zai")}

# The workloads the fixture prices: (name, input tokens, output tokens, cache-read, cache-write):
# both sides of the 100 k, 200 k and 272 k tiers, and cache prices below and above them.
WORKLOADS = (
    ("short", 1_500, 400, 0, 0),
    ("long", 150_000, 2_000, 0, 0),
    ("longer", 300_000, 2_000, 0, 0),
    ("cached", 10_000, 500, 6_000, 1_000),
    ("cached_long", 300_000, 2_000, 200_000, 20_000),
)
REQUESTS = 1_000_000


class RefreshError(Exception):
    pass


class EntryMissing(Exception):
    """A row's genai-prices entry is not in the package (any other error is a bug, and stops the run)."""


def find_entry(provider_id: str, model_id: str):
    for provider in providers:
        if provider.id == provider_id:
            for model in provider.models:
                if model.id == model_id:
                    return provider, model
            return provider, None
    return None, None


def scheduled_dates(model) -> list[dt.date]:
    """Every start date genai-prices binds a price of this model to."""
    dates = []
    if isinstance(model.prices, list):
        dates += [p.constraint.start_date for p in model.prices if isinstance(p.constraint, StartDateConstraint)]
    for variant in model.price_variants or ():
        if isinstance(variant.constraint, StartDateConstraint):
            dates.append(variant.constraint.start_date)
    return dates


def daily_windows(model) -> list[TimeOfDateConstraint]:
    if not isinstance(model.prices, list):
        return []
    return [p.constraint for p in model.prices if isinstance(p.constraint, TimeOfDateConstraint)]


def window_hours(window: TimeOfDateConstraint) -> Decimal:
    """How many hours of the day a daily window covers (it may cross midnight)."""
    start = window.start_time.hour * 60 + window.start_time.minute
    end = window.end_time.hour * 60 + window.end_time.minute
    return Decimal((end - start) % (24 * 60)) / 60


def pricing_moments(model) -> tuple[list[tuple[dt.datetime, Decimal]], list[str]]:
    """The instants the row is priced at, each with its weight (they sum to 1),
    and what the choice means, for the source."""
    notes = []
    later = [d for d in scheduled_dates(model) if d > PRICED_ON]
    day = max(later) if later else PRICED_ON
    if later:
        notes.append(f"price from {day.isoformat()}, after a change genai-prices schedules")
    windows = daily_windows(model)
    if not windows:
        return [(dt.datetime.combine(day, dt.time(12, 0), tzinfo=dt.timezone.utc), Decimal(1))], notes
    # Prices bound to hours of the day: each window at its share of the 24
    # hours, the rest of the day at the price outside every window.
    moments = [
        (dt.datetime.combine(day, window.start_time).astimezone(dt.timezone.utc), window_hours(window) / 24)
        for window in windows
    ]
    outside = next(
        moment
        for moment in (dt.datetime.combine(day, dt.time(hour, 30), tzinfo=dt.timezone.utc) for hour in range(24))
        if not any(window.active(moment) for window in windows)
    )
    moments.append((outside, 1 - sum(weight for _, weight in moments)))
    spans = ", ".join(f"{w.start_time.strftime('%H:%M')}-{w.end_time.strftime('%H:%M')}" for w in windows)
    rest = model.get_prices(outside)
    inside = model.get_prices(moments[0][0])
    notes.append(
        f"time-weighted over the day: {number(base(inside.input_mtok))} / {number(base(inside.output_mtok))} "
        f"during UTC {spans} ({number(sum(window_hours(w) for w in windows))} h), "
        f"{number(base(rest.input_mtok))} / {number(base(rest.output_mtok))} the rest of the day"
    )
    return moments, notes


def blend(parts: list[tuple[dict, Decimal]], where: str) -> dict:
    """Catalog rates weighted over the day's moments (the same tiers in each)."""
    first = parts[0][0]
    out = {}
    for key in first:
        values = [rates_[key] for rates_, _ in parts]
        if all(value is None for value in values):
            out[key] = None
            continue
        if any(value is None for value in values) or len({len(v["tiers"]) for v in values}) != 1:
            raise RefreshError(f"{where}: the {key} price changes shape over the day")
        total = sum(Decimal(str(v["base"])) * w for v, (_, w) in zip(values, parts))
        tiers = []
        for index, tier in enumerate(values[0]["tiers"]):
            price = sum(Decimal(str(v["tiers"][index]["per_million"])) * w for v, (_, w) in zip(values, parts))
            tiers.append({"above_input_tokens": tier["above_input_tokens"], "per_million": number(price)})
        out[key] = {"base": number(total), "tiers": tiers}
    return out


def base(value):
    return value.base if isinstance(value, TieredPrices) else value


def number(value: Decimal | None):
    """A Decimal as the JSON number the catalog stores (int where whole)."""
    if value is None:
        return None
    value = Decimal(value)
    return int(value) if value == value.to_integral_value() else float(value)


def tiered(value) -> dict | None:
    if value is None:
        return None
    if isinstance(value, TieredPrices):
        return {
            "base": number(value.base),
            "tiers": [{"above_input_tokens": tier.start, "per_million": number(tier.price)} for tier in value.tiers],
        }
    return {"base": number(value), "tiers": []}


def rates(price: ModelPrice, where: str) -> dict:
    for key, value in price.__dict__.items():
        if key.startswith("_") or value is None or key in PRICE_KEYS:
            continue
        if key.startswith(IGNORED_PREFIXES):
            continue
        raise RefreshError(f"{where}: genai-prices has a price `{key}` the engine does not model")
    if price.input_mtok is None or price.output_mtok is None:
        raise RefreshError(f"{where}: genai-prices has no input or output token price")
    return {name: tiered(getattr(price, key)) for key, name in PRICE_KEYS.items()}


def resolve(row: dict) -> tuple[dict, dict]:
    """The row with its prices from genai-prices, and what was used to price it."""
    ref = row["genai_prices"]
    provider, model = find_entry(ref["provider_id"], ref["model_id"])
    if model is None:
        raise EntryMissing(f"{ref['provider_id']}/{ref['model_id']}")
    moments, notes = pricing_moments(model)
    where = f"{row['id']} ({provider.id}/{model.id})"
    new = dict(row)
    new["prices"] = blend([(rates(model.get_prices(at), where), w) for at, w in moments], where)
    batch_rates = blend(
        [(rates(model.get_prices(at, {"processing": "batch"}), where + " batch"), w) for at, w in moments], where
    )
    new["batch_prices"] = batch_rates if batch_rates != new["prices"] else None
    context_sourced = bool(model.context_window)
    if context_sourced:
        new["context_tokens"] = model.context_window
    else:
        notes.append(f"context window not in genai-prices: {row['context_tokens']:,} tokens kept from the row")
    url = (provider.pricing_urls or [""])[0]
    detail = "; ".join(notes)
    new["source"] = (
        f"genai-prices {GENAI_PRICES_VERSION} (PyPI), {provider.name} `{model.id}`"
        + (f"; {detail}" if detail else "")
        + (f"; {url}" if url else "")
    )
    new["as_of"] = AS_OF
    # The prices are genai-prices'; a context kept from the row keeps the row's flag.
    new["unverified"] = False if context_sourced else row["unverified"]
    return new, {"provider": provider, "model": model, "moments": moments}


def genai_cost(used: dict, workload, batch: bool) -> Decimal:
    _, input_tokens, output_tokens, read, write = workload
    usage = Usage(input_tokens=input_tokens, output_tokens=output_tokens, cache_read_tokens=read,
                  cache_write_tokens=write)
    context = {"processing": "batch"} if batch else None
    total = Decimal(0)
    for instant, weight in used["moments"]:
        priced = used["model"].calc_price(usage, used["provider"], genai_request_timestamp=instant,
                                          price_context=context)
        total += priced.total_price * weight
    return total * REQUESTS


def own_cost(rates_: dict, workload) -> Decimal:
    """The engine's formula (engine/src/cost/tokens.rs), in exact decimals."""
    _, input_tokens, output_tokens, read, write = workload

    def at(rate):
        if rate is None:
            return None
        price = Decimal(str(rate["base"]))
        for tier in rate["tiers"]:
            if input_tokens > tier["above_input_tokens"]:
                price = Decimal(str(tier["per_million"]))
        return price

    input_rate = at(rates_["input"])
    # A price the vendor does not have is the input price (as in the engine).
    read_rate = input_rate if rates_["cache_read"] is None else at(rates_["cache_read"])
    write_rate = input_rate if rates_["cache_write"] is None else at(rates_["cache_write"])
    total = ((input_tokens - read - write) * input_rate + read * read_rate + write * write_rate
             + output_tokens * at(rates_["output"]))
    return total / Decimal(1_000_000) * REQUESTS


def fixture_cases(row: dict, used: dict) -> list[dict]:
    cases = []
    for workload in WORKLOADS:
        name, input_tokens, output_tokens, read, write = workload
        if input_tokens + output_tokens > row["context_tokens"]:
            continue
        for batch in (False, True) if row["batch_prices"] else (False,):
            expected = genai_cost(used, workload, batch)
            mine = own_cost(row["batch_prices"] if batch else row["prices"], workload)
            if abs(expected - mine) > Decimal("0.0001"):
                raise RefreshError(
                    f"{row['id']}: the catalog's prices give {mine} for workload {name}"
                    f"{' (batch)' if batch else ''}, genai-prices {expected}")
            cases.append({
                "row": row["id"],
                "workload": name,
                "batch": batch,
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
                "cache_read_tokens": read,
                "cache_write_tokens": write,
                "requests": REQUESTS,
                "priced_at": [[instant.isoformat(), str(weight)] for instant, weight in used["moments"]],
                "usd": str(expected.quantize(Decimal("0.000001"))),
            })
    return cases


def describe(rates_: dict | None) -> str:
    if rates_ is None:
        return "none"
    parts = [f"{rates_['input']['base']} / {rates_['output']['base']}"]
    for key in ("cache_read", "cache_write"):
        if rates_[key]:
            parts.append(f"{key.replace('_', ' ')} {rates_[key]['base']}")
    tiers = rates_["input"]["tiers"]
    if tiers:
        parts.append("tiers above " + ", ".join(str(t["above_input_tokens"]) for t in tiers))
    return ", ".join(parts)


def dump(rows: list) -> str:
    return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a refresh would")
    args = parser.parse_args()
    if genai_prices.__version__ != GENAI_PRICES_VERSION:
        raise RefreshError(f"genai-prices {genai_prices.__version__} is installed, this script pins "
                           f"{GENAI_PRICES_VERSION}")

    changes, missing, cases, covered = [], [], [], set()
    outputs = {}
    for file in FILES:
        path = DATA / file
        rows = json.loads(path.read_text())
        refreshed = []
        for row in rows:
            if not row.get("genai_prices"):
                refreshed.append(row)
                continue
            ref = row["genai_prices"]
            covered.add((ref["provider_id"], ref["model_id"]))
            try:
                new, used = resolve(row)
            except EntryMissing as entry:
                missing.append(f"  {row['id']}: {entry} is no longer in genai-prices; the row keeps its last prices")
                refreshed.append(row)
                continue
            for key in ("prices", "batch_prices", "context_tokens"):
                if new[key] != row[key]:
                    before = describe(row[key]) if key != "context_tokens" else row[key]
                    after = describe(new[key]) if key != "context_tokens" else new[key]
                    changes.append(f"  {row['id']}: {key.replace('_', ' ')} {before} -> {after}")
            cases += fixture_cases(new, used)
            refreshed.append(new)
        outputs[path] = dump(refreshed)
    outputs[FIXTURE] = json.dumps({
        "genai_prices": GENAI_PRICES_VERSION,
        "priced_on": PRICED_ON.isoformat(),
        "note": "Written by scripts/catalog/refresh.py from genai-prices' calc_price; checked by "
                "engine/tests/genai_prices.rs. Costs in US dollars for `requests` requests.",
        "cases": cases,
    }, indent=2) + "\n"

    candidates: dict[str, list[str]] = {}
    for provider in providers:
        if provider.id not in CLOSED_VENDORS:
            continue
        for model in provider.models:
            if model.deprecated or (provider.id, model.id) in covered:
                continue
            words = set(re.split(r"[-.:_/]", model.id.lower()))
            if words & NOT_CHAT or any(provider.id == vendor and model.id.lower().startswith(prefix)
                                       for vendor, prefix in REHOSTED):
                continue
            price = model.get_prices(dt.datetime.combine(PRICED_ON, dt.time(12), tzinfo=dt.timezone.utc))
            if price.input_mtok is None:
                continue
            candidates.setdefault(provider.id, []).append(model.id)

    stale = [path for path, text in outputs.items() if not path.exists() or path.read_text() != text]
    print(f"genai-prices {GENAI_PRICES_VERSION}: {len(covered)} catalog rows priced from it, "
          f"{len(cases)} fixture cases")
    print("Changed prices:" if changes else "Changed prices: none")
    print("\n".join(changes)) if changes else None
    print("Rows no longer found:" if missing else "Rows no longer found: none")
    print("\n".join(missing)) if missing else None
    count = sum(len(ids) for ids in candidates.values())
    print(f"Models of the covered vendors not in the catalog ({count}; add a row with its genai_prices entry "
          "to price one):")
    for vendor, ids in candidates.items():
        print(f"  {vendor}: {', '.join(ids)}")
    if args.check:
        for path in stale:
            print(f"would rewrite {path.relative_to(ROOT)}")
        return 1 if stale else 0
    # Every file is written to a temporary beside it first, then all are renamed:
    # a failure part-way leaves the rows and the fixture as they were.
    for path in stale:
        path.with_suffix(path.suffix + ".tmp").write_text(outputs[path])
    for path in stale:
        path.with_suffix(path.suffix + ".tmp").replace(path)
        print(f"rewrote {path.relative_to(ROOT)}")
    if not stale:
        print("Nothing to rewrite: the catalog matches genai-prices " + GENAI_PRICES_VERSION)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except RefreshError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(1)
