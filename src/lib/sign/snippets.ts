/**
 * Correct signing code in seven languages, filled with the user's NON-secret
 * inputs. Every snippet reads the secret from the environment variable
 * OKX_SECRET_KEY and prints the Base64 signature.
 */
import { WS_LOGIN_METHOD, WS_LOGIN_PATH } from './prehash.ts';
import type { SignKind } from './types.ts';

export type SnippetLang = 'python' | 'node' | 'go' | 'java' | 'php' | 'csharp' | 'shell';
export const SNIPPET_LANGS: readonly SnippetLang[] = ['python', 'node', 'go', 'java', 'php', 'csharp', 'shell'];
export const SECRET_ENV = 'OKX_SECRET_KEY';

export interface SnippetInputs {
  kind?: SignKind;
  timestamp: string;
  method?: string;
  requestPath?: string;
  body?: string;
}

export interface Snippet {
  lang: SnippetLang;
  label: string;
  /** File name the code expects (Java needs the class name). */
  filename: string;
  /** How to run it, with OKX_SECRET_KEY set in the environment. */
  run: string;
  code: string;
}

type Lang = 'en' | 'zh';

const COMMENTS: Record<'secret' | 'body' | 'ws' | 'phpRaw', Record<Lang, string>> = {
  secret: { en: 'The secret comes from the environment; never hard-code it.', zh: '密钥从环境变量读取，不要写死在代码里。' },
  body: { en: 'Send exactly this string as the request body.', zh: '请求体必须逐字节发送这个字符串。' },
  ws: { en: 'WebSocket login: timestamp in Unix seconds.', zh: 'WebSocket 登录：时间戳为 Unix 秒。' },
  phpRaw: { en: 'true = raw bytes; without it PHP returns hex and the signature is wrong.', zh: 'true 表示输出原始字节；省略它会得到十六进制，签名就错了。' },
};

/** Double-quoted literal for JS, Python, Go and C#: escapes quotes, backslashes and control characters. */
function cLiteral(s: string, asciiOnly = false): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const c = s.charCodeAt(i);
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f || c === 0x2028 || c === 0x2029 || (asciiOnly && c > 0x7e)) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

/**
 * Java literal: javac turns \\uXXXX into characters before it reads the source, so
 * \\u000a would end the line. Control characters use octal escapes instead;
 * non-ASCII uses \\uXXXX so the file's encoding does not matter.
 */
function javaLiteral(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const c = s.charCodeAt(i);
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (c < 0x20 || c === 0x7f) out += '\\' + c.toString(8).padStart(3, '0');
    else if (c > 0x7e) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

/** Single-quoted literal for PHP: only \\ and ' are special. */
function phpLiteral(s: string): string {
  return "'" + s.replace(/[\\']/g, (c) => '\\' + c) + "'";
}

/** Single-quoted literal for POSIX shells. */
function shLiteral(s: string): string {
  return "'" + s.replace(/'/g, "'\\''") + "'";
}

interface Vals {
  timestamp: string;
  method: string;
  requestPath: string;
  body: string;
  ws: boolean;
}

function python(v: Vals, l: Lang): string {
  const q = (s: string) => cLiteral(s);
  return `import base64
import hashlib
import hmac
import os

# ${COMMENTS.secret[l]}
secret = os.environ["${SECRET_ENV}"]
${v.ws ? `# ${COMMENTS.ws[l]}\n` : ''}timestamp = ${q(v.timestamp)}
method = ${q(v.method)}
request_path = ${q(v.requestPath)}
body = ${q(v.body)}  # ${COMMENTS.body[l]}

prehash = timestamp + method + request_path + body
digest = hmac.new(secret.encode("utf-8"), prehash.encode("utf-8"), hashlib.sha256).digest()
print(base64.b64encode(digest).decode("ascii"))
`;
}

function node(v: Vals, l: Lang): string {
  const q = (s: string) => cLiteral(s);
  return `import { createHmac } from 'node:crypto';

// ${COMMENTS.secret[l]}
const secret = process.env.${SECRET_ENV} ?? '';
${v.ws ? `// ${COMMENTS.ws[l]}\n` : ''}const timestamp = ${q(v.timestamp)};
const method = ${q(v.method)};
const requestPath = ${q(v.requestPath)};
const body = ${q(v.body)}; // ${COMMENTS.body[l]}

const prehash = timestamp + method + requestPath + body;
console.log(createHmac('sha256', secret).update(prehash, 'utf8').digest('base64'));
`;
}

function go(v: Vals, l: Lang): string {
  const q = (s: string) => cLiteral(s);
  return `package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"os"
)

func main() {
	// ${COMMENTS.secret[l]}
	secret := os.Getenv("${SECRET_ENV}")
${v.ws ? `	// ${COMMENTS.ws[l]}\n` : ''}	timestamp := ${q(v.timestamp)}
	method := ${q(v.method)}
	requestPath := ${q(v.requestPath)}
	body := ${q(v.body)} // ${COMMENTS.body[l]}

	prehash := timestamp + method + requestPath + body
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(prehash))
	fmt.Println(base64.StdEncoding.EncodeToString(mac.Sum(nil)))
}
`;
}

function java(v: Vals, l: Lang): string {
  const q = javaLiteral;
  return `import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class OkxSign {
    public static void main(String[] args) throws Exception {
        // ${COMMENTS.secret[l]}
        String secret = System.getenv("${SECRET_ENV}");
${v.ws ? `        // ${COMMENTS.ws[l]}\n` : ''}        String timestamp = ${q(v.timestamp)};
        String method = ${q(v.method)};
        String requestPath = ${q(v.requestPath)};
        String body = ${q(v.body)}; // ${COMMENTS.body[l]}

        String prehash = timestamp + method + requestPath + body;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] digest = mac.doFinal(prehash.getBytes(StandardCharsets.UTF_8));
        System.out.println(Base64.getEncoder().encodeToString(digest));
    }
}
`;
}

function php(v: Vals, l: Lang): string {
  const q = phpLiteral;
  return `<?php
// ${COMMENTS.secret[l]}
$secret = getenv('${SECRET_ENV}');
${v.ws ? `// ${COMMENTS.ws[l]}\n` : ''}$timestamp = ${q(v.timestamp)};
$method = ${q(v.method)};
$requestPath = ${q(v.requestPath)};
$body = ${q(v.body)}; // ${COMMENTS.body[l]}

$prehash = $timestamp . $method . $requestPath . $body;
// ${COMMENTS.phpRaw[l]}
echo base64_encode(hash_hmac('sha256', $prehash, $secret, true)), PHP_EOL;
`;
}

function csharp(v: Vals, l: Lang): string {
  const q = (s: string) => cLiteral(s, true);
  return `using System;
using System.Security.Cryptography;
using System.Text;

// ${COMMENTS.secret[l]}
var secret = Environment.GetEnvironmentVariable("${SECRET_ENV}") ?? "";
${v.ws ? `// ${COMMENTS.ws[l]}\n` : ''}var timestamp = ${q(v.timestamp)};
var method = ${q(v.method)};
var requestPath = ${q(v.requestPath)};
var body = ${q(v.body)}; // ${COMMENTS.body[l]}

var prehash = timestamp + method + requestPath + body;
using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
Console.WriteLine(Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash))));
`;
}

function shell(v: Vals, l: Lang): string {
  const q = shLiteral;
  return `#!/bin/sh
# ${COMMENTS.secret[l]} (${SECRET_ENV})
${v.ws ? `# ${COMMENTS.ws[l]}\n` : ''}timestamp=${q(v.timestamp)}
method=${q(v.method)}
request_path=${q(v.requestPath)}
body=${q(v.body)}  # ${COMMENTS.body[l]}

printf '%s' "$timestamp$method$request_path$body" \\
  | openssl dgst -sha256 -hmac "$${SECRET_ENV}" -binary \\
  | base64
`;
}

const BUILDERS: Record<SnippetLang, { label: string; filename: string; run: string; build: (v: Vals, l: Lang) => string }> = {
  python: { label: 'Python', filename: 'okx_sign.py', run: 'python3 okx_sign.py', build: python },
  node: { label: 'Node.js (JavaScript / TypeScript)', filename: 'okx-sign.mjs', run: 'node okx-sign.mjs', build: node },
  go: { label: 'Go', filename: 'okx_sign.go', run: 'go run okx_sign.go', build: go },
  java: { label: 'Java', filename: 'OkxSign.java', run: 'java OkxSign.java', build: java },
  php: { label: 'PHP', filename: 'okx_sign.php', run: 'php okx_sign.php', build: php },
  csharp: { label: 'C#', filename: 'Program.cs', run: 'dotnet run', build: csharp },
  shell: { label: 'Shell (openssl)', filename: 'okx_sign.sh', run: 'sh okx_sign.sh', build: shell },
};

/** Signing code for every language, filled with the given non-secret inputs. Comments in `lang`. */
export function snippets(inputs: SnippetInputs, lang: Lang = 'en'): Snippet[] {
  const ws = inputs.kind === 'ws';
  const v: Vals = {
    ws,
    timestamp: inputs.timestamp,
    method: ws ? WS_LOGIN_METHOD : (inputs.method ?? 'GET').toUpperCase(),
    requestPath: ws ? WS_LOGIN_PATH : (inputs.requestPath ?? ''),
    body: ws ? '' : (inputs.body ?? ''),
  };
  return SNIPPET_LANGS.map((l) => {
    const b = BUILDERS[l];
    return { lang: l, label: b.label, filename: b.filename, run: b.run, code: b.build(v, lang) };
  });
}
