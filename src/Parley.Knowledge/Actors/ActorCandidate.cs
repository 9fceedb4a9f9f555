namespace Parley.Knowledge.Actors;

/// <summary>An actor a name may refer to, with its primary role on the date asked about (null when it held none then).</summary>
public sealed record ActorCandidate(Actor Actor, ActorRole? Role);
