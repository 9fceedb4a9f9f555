namespace Parley.Nlp.Parsing;

/// <summary>The moves of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011).</summary>
public enum Transition
{
    /// <summary>Moves the first buffer token onto the stack.</summary>
    Shift = 0,
    /// <summary>Makes the first buffer token the head of the stack top, and pops the stack.</summary>
    Left = 1,
    /// <summary>Makes the second stack item the head of the stack top, and pops the stack.</summary>
    Right = 2,
}
