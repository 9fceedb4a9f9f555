using Xunit.Abstractions;
using Xunit.Sdk;

namespace Parley.Testing.Servers;

/// <summary>Finds <see cref="ContractTheoryAttribute"/> tests: as xUnit's theories, or one skipped case when the class's servers are missing.</summary>
public sealed class ContractTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    private readonly IMessageSink sink = diagnosticMessageSink;

    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        SkippedTestCase.ForMissingServers(sink, discoveryOptions, testMethod) is { } skipped
            ? [skipped]
            : base.Discover(discoveryOptions, testMethod, theoryAttribute);
}
