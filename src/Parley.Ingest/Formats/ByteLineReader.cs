namespace Parley.Ingest.Formats;

/// <summary>
/// Splits a byte stream into LF-terminated lines without ever holding more than one line (up to a
/// limit) in memory, so a JSON Lines file of any size streams. A longer line is skipped to its end and
/// reported as too long instead of being buffered. Splitting bytes on 0x0A is safe for UTF-8, where that
/// byte never occurs inside a multi-byte character.
/// </summary>
internal sealed class ByteLineReader(Stream stream, int maxLineBytes)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private byte[] _line = new byte[4 * 1024];
    private int _lineLength;
    private int _start;
    private int _end;
    private bool _eof;
    private int _lineNumber;

    public bool TryRead(out ByteLine line)
    {
        _lineLength = 0;
        long length = 0;
        var tooLong = false;
        while (true)
        {
            if (_start == _end)
            {
                if (_eof || !Fill())
                {
                    break;
                }
            }
            var available = _buffer.AsSpan(_start, _end - _start);
            var newline = available.IndexOf((byte)'\n');
            var chunk = newline >= 0 ? available[..newline] : available;
            length += chunk.Length;
            if (!tooLong)
            {
                if (length > maxLineBytes)
                {
                    tooLong = true;
                    _lineLength = 0;
                }
                else
                {
                    Append(chunk);
                }
            }
            _start += chunk.Length;
            if (newline >= 0)
            {
                _start++;
                line = Result(length, tooLong, endsWithNewline: true);
                return true;
            }
        }
        if (length == 0)
        {
            line = default;
            return false;
        }
        line = Result(length, tooLong, endsWithNewline: false);
        return true;
    }

    private ByteLine Result(long length, bool tooLong, bool endsWithNewline) =>
        new(++_lineNumber, tooLong ? ReadOnlyMemory<byte>.Empty : _line.AsMemory(0, _lineLength), length, tooLong, endsWithNewline);

    private bool Fill()
    {
        _start = 0;
        _end = stream.Read(_buffer, 0, _buffer.Length);
        _eof = _end == 0;
        return !_eof;
    }

    private void Append(ReadOnlySpan<byte> chunk)
    {
        if (_lineLength + chunk.Length > _line.Length)
        {
            Array.Resize(ref _line, Math.Max(_line.Length * 2, _lineLength + chunk.Length));
        }
        chunk.CopyTo(_line.AsSpan(_lineLength));
        _lineLength += chunk.Length;
    }
}
