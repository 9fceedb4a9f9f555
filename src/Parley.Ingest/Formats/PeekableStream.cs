namespace Parley.Ingest.Formats;

/// <summary>
/// A read-only stream that has already read its first bytes, so that the format can be sniffed from
/// them and the reader chosen still sees the whole input; works on streams that cannot seek (standard
/// input, a gzip stream).
/// </summary>
internal sealed class PeekableStream : Stream
{
    private readonly Stream _inner;
    private readonly bool _leaveOpen;
    private readonly byte[] _prefix;
    private readonly int _prefixLength;
    private int _prefixPosition;

    private PeekableStream(Stream inner, bool leaveOpen, byte[] prefix, int prefixLength)
    {
        _inner = inner;
        _leaveOpen = leaveOpen;
        _prefix = prefix;
        _prefixLength = prefixLength;
    }

    /// <summary>The first bytes of the input (fewer when the input is shorter).</summary>
    public ReadOnlySpan<byte> Prefix => _prefix.AsSpan(0, _prefixLength);

    public static PeekableStream Open(Stream inner, int peekBytes, bool leaveOpen = false)
    {
        var prefix = new byte[peekBytes];
        var length = 0;
        while (length < peekBytes)
        {
            var read = inner.Read(prefix, length, peekBytes - length);
            if (read == 0)
            {
                break;
            }
            length += read;
        }
        return new PeekableStream(inner, leaveOpen, prefix, length);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_prefixPosition < _prefixLength)
        {
            var n = Math.Min(buffer.Length, _prefixLength - _prefixPosition);
            _prefix.AsSpan(_prefixPosition, n).CopyTo(buffer);
            _prefixPosition += n;
            return n;
        }
        return _inner.Read(buffer);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_leaveOpen)
        {
            _inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
