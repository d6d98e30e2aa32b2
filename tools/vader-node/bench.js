// Scores every line of FILE with the npm vader-sentiment package and prints one JSON
// object: {"posts": N, "seconds": S, "posts_per_second": R}. Used by Rauchmelder's
// analysis benchmark as the baseline it compares itself with.
'use strict';
const fs = require('fs');
const vader = require('vader-sentiment');

const file = process.argv[2];
if (!file) {
  console.error('usage: node bench.js FILE (one text per line)');
  process.exit(2);
}
const texts = fs.readFileSync(file, 'utf8').split('\n').filter((t) => t.length > 0);
let sink = 0;
// Warm up the JIT on a slice before timing.
for (const text of texts.slice(0, 1000)) {
  sink += vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
}
const start = process.hrtime.bigint();
for (const text of texts) {
  sink += vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({
  posts: texts.length,
  seconds: seconds,
  posts_per_second: texts.length / seconds,
  checksum: Math.round(sink * 1000) / 1000,
}));
