// The test oracle for engine/src/text/format.rs: how the browser's `Intl`
// (ICU and CLDR, here Node's copy of them) writes a spread of numbers in the
// calculator's locales. Prints JSON; engine/tests/number_formats.rs checks the
// Rust formatter against it, with every place we knowingly differ listed
// there with its reason.
//
// Regenerate (Node 20 or later, built with full ICU, as the official builds are):
//   node scripts/intl-numbers.mjs > engine/tests/fixtures/intl_numbers.json

const values = [
  0, 7, 12.5, 999, 1234.5, 9999, 35000, 68200, 99950, 99999, 100000, 999500,
  1234567.891, 3500000, 6820000, 9990000, 9996000, 12000000, 35000000,
  120000000, 999500000, 1200000000, 12000000000, 12345000000, 120000000000,
  999500000000, 1200000000000, 12000000000000, 120000000000000, 0.004, -0.001,
  -7, -1234.5, -99999, -6820000, -120000000, -1200000000000,
];

// Fractions for `percent` (one decimal below ten percent, whole above).
const fractions = [0, 0.05, 0.055, 0.12, 0.42, 1, -0.1, 12.34, 1234];

const formats = {
  // `number`: grouped, at most two decimals.
  "en-IN number": new Intl.NumberFormat("en-IN", { useGrouping: true, maximumFractionDigits: 2 }),
  "hi-IN number": new Intl.NumberFormat("hi-IN", { useGrouping: true, maximumFractionDigits: 2 }),
  "zh-CN number": new Intl.NumberFormat("zh-CN", { useGrouping: true, maximumFractionDigits: 2 }),
  "en-US number": new Intl.NumberFormat("en-US", { useGrouping: true, maximumFractionDigits: 2 }),
  // `compact` (and `count_words`): three significant digits.
  "en-IN compact": new Intl.NumberFormat("en-IN", {
    notation: "compact", compactDisplay: "long", maximumSignificantDigits: 3,
  }),
  "hi-IN compact": new Intl.NumberFormat("hi-IN", {
    notation: "compact", compactDisplay: "long", maximumSignificantDigits: 3,
  }),
  "zh-CN compact": new Intl.NumberFormat("zh-CN", {
    notation: "compact", compactDisplay: "short", maximumSignificantDigits: 3,
  }),
};

const percents = {
  "en-IN percent": new Intl.NumberFormat("en-IN", { style: "percent", maximumFractionDigits: 1 }),
  "hi-IN percent": new Intl.NumberFormat("hi-IN", { style: "percent", maximumFractionDigits: 1 }),
  "zh-CN percent": new Intl.NumberFormat("zh-CN", { style: "percent", maximumFractionDigits: 1 }),
};

const table = (formatters, inputs) =>
  Object.fromEntries(
    Object.entries(formatters).map(([name, format]) => [
      name,
      inputs.map((value) => [value, format.format(value)]),
    ]),
  );

const out = {
  generator: "node scripts/intl-numbers.mjs",
  node: process.version,
  icu: process.versions.icu,
  cldr: process.versions.cldr,
  numbers: table(formats, values),
  percents: table(percents, fractions),
};
// One row a line, so that a change in ICU or CLDR reads as a small diff.
const json = JSON.stringify(out, null, 1).replace(
  /\[\n\s*(-?[\d.e+-]+),\n\s*("(?:[^"\\]|\\.)*")\n\s*\]/g,
  "[$1, $2]",
);
console.log(json);
