using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace TeachingKit.Kernel.Engine;

/// <summary>
/// Roslyn's script resolver, except that every assembly file is read once per process: a resolved <c>#r</c> and an
/// assembly that a reference needs but nobody named (a "missing" assembly, e.g. the kernel's own dependencies seen
/// through the globals type) get the same <see cref="MetadataReference"/> object in every submission.
/// </summary>
/// <remarks>
/// Roslyn's resolver makes a new reference, with a fresh copy of the whole file in native memory, each time it is
/// asked; every submission's compilation asks again for the missing assemblies and keeps what it got for as long as
/// the script chain lives. The copies cost time per cell (reading, binding new assembly symbols, freeing them in the
/// finalizer) and memory that grows with the number of cells. The same object lets Roslyn reuse the assembly
/// symbols it bound for the previous submission.
/// </remarks>
internal sealed class CachingMetadataResolver(ScriptMetadataResolver inner) : MetadataReferenceResolver
{
    private readonly ConcurrentDictionary<(string Reference, string? BaseFilePath, MetadataReferenceProperties Properties), ImmutableArray<PortableExecutableReference>> _resolved = new();

    public override bool ResolveMissingAssemblies => inner.ResolveMissingAssemblies;

    public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties) =>
        _resolved.GetOrAdd((reference, baseFilePath, properties),
            key => [.. inner.ResolveReference(key.Reference, key.BaseFilePath, key.Properties).Select(Cached)]);

    public override PortableExecutableReference? ResolveMissingAssembly(MetadataReference definition, AssemblyIdentity referenceIdentity) =>
        inner.ResolveMissingAssembly(definition, referenceIdentity) is { } found ? Cached(found) : null;

    private static PortableExecutableReference Cached(PortableExecutableReference reference) =>
        reference.FilePath is { } path && reference.Properties.Equals(MetadataReferenceProperties.Assembly)
            ? ScriptReferences.FromFile(path) : reference;

    public override bool Equals(object? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => inner.GetHashCode();
}
