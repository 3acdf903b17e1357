// A minimal age command line over typage (npm age-encryption), for interop tests only.
//   node age-js.mjs keygen [--pq]            prints the identity, then the recipient
//   node age-js.mjs encrypt RECIPIENT IN OUT
//   node age-js.mjs decrypt IDENTITY_FILE IN OUT
import { readFileSync, writeFileSync } from "node:fs";
import * as age from "age-encryption";

const [command, ...args] = process.argv.slice(2);
try {
  if (command === "keygen") {
    const identity = args.includes("--pq")
      ? await age.generateHybridIdentity()
      : await age.generateX25519Identity();
    process.stdout.write(`${identity}\n${await age.identityToRecipient(identity)}\n`);
  } else if (command === "encrypt") {
    const [recipient, input, output] = args;
    const encrypter = new age.Encrypter();
    encrypter.addRecipient(recipient);
    writeFileSync(output, await encrypter.encrypt(new Uint8Array(readFileSync(input))));
  } else if (command === "decrypt") {
    const [identityFile, input, output] = args;
    const decrypter = new age.Decrypter();
    for (const line of readFileSync(identityFile, "utf8").split("\n")) {
      if (line.startsWith("AGE-SECRET-KEY-")) decrypter.addIdentity(line.trim());
    }
    writeFileSync(output, await decrypter.decrypt(new Uint8Array(readFileSync(input))));
  } else {
    throw new Error(`unknown command ${command}`);
  }
} catch (error) {
  process.stderr.write(`age-js: ${error.message}\n`);
  process.exit(1);
}
