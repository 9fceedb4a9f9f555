namespace Parley.Knowledge.Petrarch;

/// <summary>Where an agent's code goes relative to the actor's code.</summary>
public enum PetrarchAgentPlacement
{
    /// <summary><c>[~GOV]</c>: after the actor's code (<c>USA</c> + <c>GOV</c> = <c>USAGOV</c>); the usual case.</summary>
    AfterActor,

    /// <summary><c>[NGO~]</c>: before the actor's code (<c>NGO</c> + <c>ARN</c> = <c>NGOARN</c>), usually for organisations.</summary>
    BeforeActor,
}
