namespace Parley.Nlp.Parsing;

/// <summary>
/// A configuration of the arc-hybrid transition system for one sentence of <see cref="Length"/> tokens:
/// a stack whose bottom is the artificial root (index <see cref="Root"/>), the buffer <c>[BufferFront, Length)</c>,
/// and the arcs built so far, with the children bookkeeping the feature templates read.
/// It also carries the sentence's input columns (word and tag codes), so features need nothing else.
/// <para>
/// The root may take exactly one dependent: <see cref="Transition.Right"/> onto the root is legal only when
/// the buffer is empty and one token is left on the stack. Every legal sequence therefore ends in one
/// projective tree in which every token has exactly one head. Reusable through <see cref="Reset"/>; not thread-safe.
/// </para>
/// </summary>
public sealed class ParserConfiguration
{
    /// <summary>"No token" in every index-valued answer (an empty stack slot, a missing child, no head yet).</summary>
    public const int None = -1;

    private int[] _stack = [];
    private int[] _heads = [];
    private int[] _labels = [];
    private int[] _left1 = [];
    private int[] _left2 = [];
    private int[] _right1 = [];
    private int[] _right2 = [];
    private int[] _leftCount = [];
    private int[] _rightCount = [];
    private ulong[] _leftLabels = [];
    private ulong[] _rightLabels = [];
    private uint[] _words = [];
    private int[] _tags = [];
    private int _stackCount;

    /// <summary>Creates an empty configuration; call <see cref="Reset"/> before use.</summary>
    public ParserConfiguration(int capacity = 64)
    {
        Grow(Math.Max(1, capacity));
    }

    /// <summary>The number of tokens in the sentence.</summary>
    public int Length { get; private set; }

    /// <summary>The index of the artificial root: one past the last token.</summary>
    public int Root => Length;

    /// <summary>The first buffer token; equals <see cref="Length"/> when the buffer is empty.</summary>
    public int BufferFront { get; private set; }

    /// <summary>How many items are on the stack, the root included.</summary>
    public int StackCount => _stackCount;

    /// <summary>True when the buffer is empty and only the root is on the stack: the tree is complete.</summary>
    public bool IsTerminal => _stackCount == 1 && BufferFront == Length;

    /// <summary>Word codes (hashes of the normalised forms) of the sentence's tokens; fill after <see cref="Reset"/>.</summary>
    public Span<uint> Words => _words.AsSpan(0, Length);

    /// <summary>Tag codes of the sentence's tokens (0 for an unknown tag); fill after <see cref="Reset"/>.</summary>
    public Span<int> Tags => _tags.AsSpan(0, Length);

    /// <summary>Each token's head: a token index, <see cref="Root"/>, or <see cref="None"/> while unattached.</summary>
    public ReadOnlySpan<int> Heads => _heads.AsSpan(0, Length);

    /// <summary>Each token's relation index, or <see cref="None"/> while unattached.</summary>
    public ReadOnlySpan<int> Labels => _labels.AsSpan(0, Length);

    /// <summary>Starts a sentence of <paramref name="length"/> tokens: the root alone on the stack, every token in the buffer.</summary>
    public void Reset(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (length + 1 > _heads.Length)
        {
            Grow(Math.Max(length + 1, _heads.Length * 2));
        }
        Length = length;
        BufferFront = 0;
        _stackCount = 1;
        _stack[0] = length;
        int all = length + 1;
        _heads.AsSpan(0, all).Fill(None);
        _labels.AsSpan(0, all).Fill(None);
        _left1.AsSpan(0, all).Fill(None);
        _left2.AsSpan(0, all).Fill(None);
        _right1.AsSpan(0, all).Fill(None);
        _right2.AsSpan(0, all).Fill(None);
        _leftCount.AsSpan(0, all).Clear();
        _rightCount.AsSpan(0, all).Clear();
        _leftLabels.AsSpan(0, all).Clear();
        _rightLabels.AsSpan(0, all).Clear();
    }

    /// <summary>The stack item <paramref name="depth"/> below the top (0 = top), or <see cref="None"/>.</summary>
    public int Stack(int depth) => depth < _stackCount ? _stack[_stackCount - 1 - depth] : None;

    /// <summary>The buffer token <paramref name="offset"/> after the front (0 = front), or <see cref="None"/>.</summary>
    public int Buffer(int offset) => BufferFront + offset < Length ? BufferFront + offset : None;

    /// <summary>True when token <paramref name="index"/> is on the stack (the root never counts).</summary>
    public bool OnStack(int index)
    {
        for (int i = 1; i < _stackCount; i++)
        {
            if (_stack[i] == index)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The leftmost (<paramref name="rank"/> 0) or second leftmost (1) left dependent of <paramref name="index"/>, or <see cref="None"/>.</summary>
    public int LeftChild(int index, int rank) => index < 0 ? None : rank == 0 ? _left1[index] : _left2[index];

    /// <summary>The rightmost (<paramref name="rank"/> 0) or second rightmost (1) right dependent of <paramref name="index"/>, or <see cref="None"/>.</summary>
    public int RightChild(int index, int rank) => index < 0 ? None : rank == 0 ? _right1[index] : _right2[index];

    /// <summary>The number of left dependents of <paramref name="index"/>.</summary>
    public int LeftValency(int index) => index < 0 ? 0 : _leftCount[index];

    /// <summary>The number of right dependents of <paramref name="index"/>.</summary>
    public int RightValency(int index) => index < 0 ? 0 : _rightCount[index];

    /// <summary>The set of relation indices (bit <c>i % 64</c>) of the left dependents of <paramref name="index"/>.</summary>
    public ulong LeftLabelSet(int index) => index < 0 ? 0 : _leftLabels[index];

    /// <summary>The set of relation indices (bit <c>i % 64</c>) of the right dependents of <paramref name="index"/>.</summary>
    public ulong RightLabelSet(int index) => index < 0 ? 0 : _rightLabels[index];

    /// <summary>The relation of <paramref name="index"/> to its head, or <see cref="None"/>.</summary>
    public int LabelOf(int index) => index < 0 || index >= Length ? None : _labels[index];

    /// <summary>Whether <paramref name="move"/> may be applied now.</summary>
    public bool IsLegal(Transition move) => move switch
    {
        Transition.Shift => BufferFront < Length,
        Transition.Left => _stackCount >= 2 && BufferFront < Length,
        // Only one token may attach to the root, and only as the very last arc.
        Transition.Right => _stackCount >= 3 || (_stackCount == 2 && BufferFront == Length),
        _ => false,
    };

    /// <summary>The head the arc of <paramref name="move"/> would give the stack top (<see cref="None"/> for <see cref="Transition.Shift"/>).</summary>
    public int HeadOf(Transition move) => move switch
    {
        Transition.Left => BufferFront,
        Transition.Right => _stack[_stackCount - 2],
        _ => None,
    };

    /// <summary>Applies a legal <paramref name="move"/>; <paramref name="label"/> is the relation of the arc it builds (ignored by <see cref="Transition.Shift"/>).</summary>
    /// <exception cref="InvalidOperationException">The move is not legal here.</exception>
    public void Apply(Transition move, int label)
    {
        if (!IsLegal(move))
        {
            throw new InvalidOperationException($"{move} is not legal with {_stackCount} stack items and buffer front {BufferFront} of {Length}.");
        }
        switch (move)
        {
            case Transition.Shift:
                _stack[_stackCount++] = BufferFront++;
                break;
            case Transition.Left:
                AddArc(BufferFront, _stack[--_stackCount], label);
                break;
            default:
                int dependent = _stack[--_stackCount];
                AddArc(_stack[_stackCount - 1], dependent, label);
                break;
        }
    }

    private void AddArc(int head, int dependent, int label)
    {
        _heads[dependent] = head;
        _labels[dependent] = label;
        ulong bit = label < 0 ? 0 : 1UL << (label & 63);
        // The root sits left of every token, so its dependent is a right dependent.
        if (head != Length && dependent < head)
        {
            _leftCount[head]++;
            _leftLabels[head] |= bit;
            if (_left1[head] == None || dependent < _left1[head])
            {
                _left2[head] = _left1[head];
                _left1[head] = dependent;
            }
            else if (_left2[head] == None || dependent < _left2[head])
            {
                _left2[head] = dependent;
            }
        }
        else
        {
            _rightCount[head]++;
            _rightLabels[head] |= bit;
            if (_right1[head] == None || dependent > _right1[head])
            {
                _right2[head] = _right1[head];
                _right1[head] = dependent;
            }
            else if (_right2[head] == None || dependent > _right2[head])
            {
                _right2[head] = dependent;
            }
        }
    }

    private void Grow(int size)
    {
        _stack = new int[size];
        _heads = new int[size];
        _labels = new int[size];
        _left1 = new int[size];
        _left2 = new int[size];
        _right1 = new int[size];
        _right2 = new int[size];
        _leftCount = new int[size];
        _rightCount = new int[size];
        _leftLabels = new ulong[size];
        _rightLabels = new ulong[size];
        _words = new uint[size];
        _tags = new int[size];
    }
}
