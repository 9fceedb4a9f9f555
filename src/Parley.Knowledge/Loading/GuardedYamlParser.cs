using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Parley.Knowledge.Loading;

/// <summary>
/// YamlDotNet's parser with two guards a hand-edited dictionary needs: it refuses nesting deeper than
/// <see cref="MaxDepth"/> (the library loads nested nodes recursively, so a file of 100,000 '[' overflowed the stack
/// and ended the process), and it knows the line it was reading when the library fails with an exception that carries
/// no position (some malformed input makes it throw <see cref="ArgumentException"/> or
/// <see cref="InvalidOperationException"/> rather than <see cref="YamlException"/>).
/// </summary>
internal sealed class GuardedYamlParser : IParser
{
    /// <summary>The deepest nesting of lists and mappings a dictionary may have; the shipped ones use at most five.</summary>
    public const int MaxDepth = 64;

    private readonly Scanner _scanner;
    private readonly Parser _parser;
    private ParsingEvent? _last;
    private int _depth;

    public GuardedYamlParser(TextReader reader)
    {
        _scanner = new Scanner(reader);
        _parser = new Parser(_scanner);
    }

    public ParsingEvent? Current => _parser.Current;

    /// <summary>
    /// The line where reading stopped: the token being read if there is one, else the end of the last event read (what
    /// failed comes at or just after it). Lines are YAML's: it also breaks lines at U+0085, U+2028 and U+2029.
    /// </summary>
    public int Line => (int)(_scanner.Current?.Start.Line ?? _last?.End.Line ?? _scanner.CurrentPosition.Line);

    public bool MoveNext()
    {
        _last = _parser.Current ?? _last;
        if (!_parser.MoveNext())
        {
            return false;
        }
        var current = _parser.Current!;
        _depth += current.NestingIncrease;
        if (_depth > MaxDepth)
        {
            throw new YamlException(current.Start, current.End, $"lists and mappings are nested more than {MaxDepth} deep");
        }
        return true;
    }
}
