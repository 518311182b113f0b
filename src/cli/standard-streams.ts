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
  const real = (): NodeJS.WriteStream => (stream ??= create());
  const write = (chunk: string | Uint8Array): boolean => {
    let bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    try {
      while (bytes.length > 0) bytes = bytes.subarray(writeSync(fd, bytes));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // The reader has gone (`runbook lint | head`): the rest is not wanted, as with any command in a pipeline.
      if (code === 'EPIPE') return false;
      // A non-blocking descriptor that is full, or anything else unusual: the stream knows how to wait and report.
      return real().write(bytes);
    }
    return true;
  };
  return new Proxy({} as NodeJS.WriteStream, {
    get(_, property) {
      if (property === 'write') return write;
      const value: unknown = Reflect.get(real(), property);
      return typeof value === 'function' ? value.bind(real()) : value;
    },
  });
}
