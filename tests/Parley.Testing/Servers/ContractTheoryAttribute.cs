using Xunit;
using Xunit.Sdk;

namespace Parley.Testing.Servers;

/// <summary>A theory of a contract suite: skipped, saying why, in a test class whose <see cref="RequiresServersAttribute"/> names a server that is missing here.</summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("Parley.Testing.Servers.ContractTheoryDiscoverer", "Parley.Testing")]
public sealed class ContractTheoryAttribute : TheoryAttribute;
