using FsCheck;
using FsCheck.Fluent;
using SamePage.Core.Stances;

namespace SamePage.Core.Tests.TestSupport;

/// <summary>FsCheck arbitraries that only produce stances defined on the scale.</summary>
public static class StanceArbitraries
{
    public static Gen<Stance> AnyStance { get; } = Gen.Elements(StanceScale.All.ToArray());

    public static Arbitrary<Stance> Stance() => AnyStance.ToArbitrary();
}
