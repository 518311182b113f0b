/**
 * Standard output and error for the bin, made on first real use. Node builds `process.stdout` and `process.stderr`
 * when they are first touched, loading its stream and socket code for a pipe: about 3 ms each, a tenth of what
 * `runbook lint` on an unchanged tree takes. Until something needs more than `write` (colour detection on a
 * terminal, commander's help width) the stream is not made, and text always goes straight to the file descriptor, as
 * Node itself writes files and, on POSIX, pipes: synchronously and in order.
 */
export function standardStreams(): { stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream } {
  return { stdout: lazyStream(1, () => process.stdout), stderr: lazyStream(2, () => process.stderr) };
}

function lazyStream(fd: 1 | 2, create: () => NodeJS.WriteStream): NodeJS.WriteStream {
  const { writeSync } = process.getBuiltinModule('node:fs');
  let stream: NodeJS.WriteStream | undefined;
  let throughStream = false;
  const real = (): NodeJS.WriteStream => {
    if (stream) return stream;
    stream = create();
    // As for the direct writes: a reader that has gone ends the output, not the process with a crash report.
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
    return stream;
  };
  const write = (chunk: string | Uint8Array): boolean => {
    // Once text has been handed to the stream, the rest follows it there, so nothing overtakes what it holds.
    if (throughStream) return real().write(chunk);
    let bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    try {
      while (bytes.length > 0) bytes = bytes.subarray(writeSync(fd, bytes));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // The reader has gone (`runbook lint | head`): the rest is not wanted, as with any command in a pipeline.
      if (code === 'EPIPE') return false;
      // A non-blocking descriptor that is full, or anything else unusual: the stream knows how to wait and report.
      throughStream = true;
      return real().write(bytes);
    }
    return true;
  };
  return new Proxy({} as NodeJS.WriteStream, {
    get(_, property) {
      if (property === 'write') return write;
      // Making the stream for a pipe would switch the descriptor to non-blocking, and direct writes would then fail
      // whenever the reader falls behind; asking whether it is a terminal needs no stream.
      if (property === 'isTTY' && !stream) return process.getBuiltinModule('node:tty').isatty(fd);
      const value: unknown = Reflect.get(real(), property);
      return typeof value === 'function' ? value.bind(real()) : value;
    },
  });
}
