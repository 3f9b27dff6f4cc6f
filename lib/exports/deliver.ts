import { once } from 'node:events';
import { PassThrough, Readable, type Writable } from 'node:stream';

/**
 * A generator of text chunks as a web stream for a Response. Chunks are made only when the reader
 * asks for more (pull), so a slow download never makes the server read ahead; `done` runs once,
 * whether the download finished, failed or was cancelled.
 */
export function textStream(chunks: Generator<string>, done: () => void): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    done();
  };
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        try {
          const next = chunks.next();
          if (next.done) {
            finish();
            controller.close();
          } else {
            controller.enqueue(encoder.encode(next.value));
          }
        } catch (error) {
          finish();
          controller.error(error);
        }
      },
      cancel() {
        chunks.return(undefined);
        finish();
      },
    },
    { highWaterMark: 1 },
  );
}

/** Writes text chunks to a Node stream, waiting whenever it is full. */
export async function writeChunks(chunks: Iterable<string>, output: Writable): Promise<void> {
  for (const chunk of chunks) {
    if (!output.write(chunk)) await once(output, 'drain');
  }
}

/**
 * Runs a writer that produces bytes into a Node stream (the XLSX workbook) and hands back a web
 * stream of them. A writer's failure ends the download with an error rather than a file that
 * looks complete; `done` runs once either way.
 */
export function nodeWriterStream(
  write: (output: Writable) => Promise<unknown>,
  done: (error?: unknown) => void,
): ReadableStream<Uint8Array> {
  const pass = new PassThrough({ highWaterMark: 1 << 20 });
  write(pass)
    .then(() => {
      done();
      if (!pass.writableEnded) pass.end();
    })
    .catch((error: unknown) => {
      done(error);
      pass.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  return Readable.toWeb(pass) as ReadableStream<Uint8Array>;
}
