// Placeholder until the CLI lands (owned by the config/CLI work); keeps the build green.
console.error('cspr-lint CLI is not built yet');
process.exit(2);
