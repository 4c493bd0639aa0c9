using TeachingKit.SpuriousMinima;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.SpuriousMinima;

public class SpuriousMinimaTablesTests
{
    [Fact]
    public void TablesHoldThePublishedRowsAndTheKPlusTwoRows()
    {
        var published = PublishedSpuriousMinima.Load(Repository.PathTo("data", PublishedSpuriousMinima.FileName));
        Assert.Equal(15, published.Count(r => r.Table == 1));
        Assert.Equal(11, published.Count(r => r.Table == 2));
        Assert.Equal(published.Where(r => r.Table == 1).Select(r => (r.Teachers, r.Students)), SpuriousMinimaTables.Table1);
        Assert.Equal(published.Where(r => r.Table == 2).Select(r => (r.Teachers, r.Students)),
            SpuriousMinimaTables.Table2.Where(r => r.Students == r.Teachers + 1));
        Assert.All(SpuriousMinimaTables.Table2.Where(r => r.Students != r.Teachers + 1), r => Assert.Equal(r.Teachers + 2, r.Students));
        var seven = published.Single(r => r.Teachers == 7);
        Assert.Equal(0.055, seven.Share, 12);   // percent in the file, fraction in the record
    }

    [Fact]
    public void WriterPutsASourceLineTheHeaderAndOneLinePerRow()
    {
        using var text = new StringWriter();
        var rows = SpuriousMinimaTables.Write([(4, 4), (5, 6)], 3, text);
        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.StartsWith("# source:", lines[0]);
        Assert.Equal(SpuriousMinimaRow.CsvHeader, lines[1]);
        Assert.Equal(rows.Select(r => r.ToCsv()), lines[2..]);
        Assert.StartsWith("5,6,3,", lines[3]);
    }

    [Fact]
    public void LoaderRejectsAFileWithoutSource()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "t.csv");
        File.WriteAllText(path, "table,k,n,share_percent,mean_min_eigenvalue,mean_objective\n");
        Assert.Throws<InvalidDataException>(() => PublishedSpuriousMinima.Load(path));
    }
}
