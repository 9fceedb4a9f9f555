using System.Text;

namespace Parley.Cli;

/// <summary>
/// The file, or the process's standard output, that a command writes records to, kept in whole records: after each
/// record (or article) the command calls <see cref="Commit"/>, which pushes what was written out and remembers how far
/// the output is complete. When a write fails (disk full, output closed), <see cref="Abandon"/> cuts a file back to
/// that point and drops whatever is still buffered, so the output never ends in half a record, and closing it cannot
/// fail a second time. (A pipe cannot be cut back: what reached it was pushed out whole records at a time.)
/// </summary>
public sealed class RecordOutput : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly GateStream _gate;
    private long _committed;

    private RecordOutput(Stream stream, string name)
    {
        _stream = stream;
        Name = name;
        _committed = stream.CanSeek ? stream.Position : 0;
        _gate = new GateStream(stream);
        Writer = new StreamWriter(_gate, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024);
    }

    /// <summary>What the output is, for messages: the file's full path, or "standard output".</summary>
    public string Name { get; }

    /// <summary>The same output for writers of bytes; not buffered here (use one of <see cref="Writer"/> and this, not both).</summary>
    public Stream Stream => _gate;

    /// <summary>Where the records are written; buffered until <see cref="Commit"/>.</summary>
    public TextWriter Writer { get; }

    /// <summary>Opens <paramref name="file"/> (created or emptied; its folder created) or, when null, standard output.</summary>
    /// <exception cref="IOException">The file cannot be created.</exception>
    /// <exception cref="UnauthorizedAccessException">Permission is denied.</exception>
    public static RecordOutput Open(FileInfo? file)
    {
        if (file is null)
        {
            return new RecordOutput(StandardOutput.Open(), "standard output");
        }
        if (file.Directory is { Exists: false } dir)
        {
            dir.Create();
        }
        // No buffer in the file stream: the writer buffers, and a failed write leaves nothing half-pushed behind it.
        return new RecordOutput(new FileStream(file.FullName, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0), file.FullName);
    }

    /// <summary>Pushes everything written so far out; it is then complete, and stays even if a later write fails.</summary>
    /// <exception cref="IOException">It could not be written.</exception>
    public void Commit()
    {
        Writer.Flush();
        if (_stream.CanSeek)
        {
            _committed = _stream.Position;
        }
    }

    /// <summary>After a failed write: cuts a file back to its last complete record and drops what is still buffered. Never throws.</summary>
    public void Abandon()
    {
        _gate.Closed = true;
        try
        {
            if (_stream.CanSeek)
            {
                _stream.SetLength(_committed);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // The file keeps what it had; nothing more can be done about it.
        }
    }

    /// <summary>Commits what is left and closes the output.</summary>
    /// <exception cref="IOException">The last records could not be written (the output is then cut back as by <see cref="Abandon"/>).</exception>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_gate.Closed)
            {
                Commit();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Abandon();
            throw;
        }
        finally
        {
            _gate.Closed = true;
            await Writer.DisposeAsync().ConfigureAwait(false);
            await _stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Passes writes through to the stream until closed, then drops them (so a writer's last flush cannot fail again).</summary>
    private sealed class GateStream(Stream inner) : Stream
    {
        public bool Closed { get; set; }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
            if (!Closed)
            {
                inner.Flush();
            }
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (!Closed)
            {
                inner.Write(buffer);
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            // The inner stream is closed by its owner.
            base.Dispose(disposing);
        }
    }
}
