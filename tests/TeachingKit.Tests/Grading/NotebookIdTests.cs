using TeachingKit.Notebooks.Editions;
using TeachingKit.Notebooks.Grading;
using TeachingKit.Notebooks.Model;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Grading;

public class NotebookIdTests
{
    [Fact]
    public void EveryCourseNotebookHasItsOwnNotebookId()
    {
        var files = Directory.GetFiles(Repository.PathTo("notebooks"), "*.ipynb");
        var ids = files.Select(f => ExerciseCellRoles.NotebookId(NotebookReader.Read(f))).ToList();
        Assert.All(ids, id => Assert.False(string.IsNullOrEmpty(id)));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(files.Length, CourseNotebooks.Load(Repository.PathTo("notebooks")).ById.Count);
    }
}
