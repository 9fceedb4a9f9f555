using Xunit;

namespace Parley.Testing.Servers;

/// <summary>A fact that starts servers of its own (<see cref="LocalServers"/>); skipped, saying why, when one of them is not installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ServerFactAttribute : FactAttribute
{
    public ServerFactAttribute(params string[] servers)
    {
        Skip = LocalServers.MissingReason(servers);
    }
}
