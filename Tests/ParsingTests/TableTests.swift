import Foundation
import Model
import Parsing
import Testing

@Suite struct TableTests {
    private func scoresTable() throws -> Table {
        let tables = try Fixture.page("tables.html").tables
        #expect(tables.count == 1)
        return try #require(tables.first)
    }

    @Test func spansExpandIntoAGridWithCopiesMarked() throws {
        let table = try scoresTable()
        #expect(table.grid == [
            ["Model", "Reasoning", "Reasoning"],
            ["Model", "ARC", "GPQA"],
            ["Heron 8B", "71.3", "—"],
            ["Heron 70B", "84.0", "52.1"],
            ["Heron 405B", "84.0", "55.9"],
        ])
        #expect(table.rows[0][2].isSpanCopy)
        #expect(table.rows[1][0].isSpanCopy)
        #expect(table.rows[4][1].isSpanCopy)
        #expect(!table.rows[3][1].isSpanCopy)
    }

    @Test func headerRowsHeaderColumnAndCaptionAreRecognized() throws {
        let table = try scoresTable()
        #expect(table.headerRowCount == 2)
        #expect(table.headerColumnCount == 1)
        #expect(table.caption == "Table 1: Evaluation results")
        #expect(table.rows[2][0].isHeader)
        #expect(!table.rows[2][1].isHeader)
    }

    @Test func rowsReadOnceEachInTheMainText() throws {
        let table = try scoresTable()
        #expect(table.text == """
            Table 1: Evaluation results
            Model | Reasoning
            ARC | GPQA
            Heron 8B | 71.3 | —
            Heron 70B | 84.0 | 52.1
            Heron 405B | 55.9
            """)
    }

    @Test func layoutTablesAreReadAsContainers() throws {
        let document = try Fixture.page("tables.html")
        #expect(document.blocks.contains(.paragraph("This layout table only holds a paragraph of prose about the release schedule.")))
        #expect(document.blocks.contains(.paragraph("Left column text in a layout grid.")))
    }

    @Test func aGridOfHeadingsAndParagraphsIsLayoutNotData() throws {
        let html = """
            <html><body><table>
            <tr><td><a href="/">Home</a></td><td><h1>Kite 2 release</h1></td></tr>
            <tr><td>Menu</td><td><p>Kite 2 is out.</p><p>It is faster.</p><p>It is cheaper.</p></td></tr>
            </table></body></html>
            """
        let document = try Fixture.page(html: html)
        #expect(document.tables.isEmpty)
        #expect(document.blocks.contains(.heading(level: 1, text: "Kite 2 release")))
        #expect(document.blocks.contains(.paragraph("It is cheaper.")))
    }

    @Test func leadingRowsOfHeaderCellsCountAsHeaderRowsWithoutThead() throws {
        let html = """
            <html><body><article><table>
            <tr><th>Size</th><th>Context</th></tr>
            <tr><td>8B</td><td>128K</td></tr>
            <tr><td>70B</td><td colspan="5000">128K</td></tr>
            </table></article></body></html>
            """
        let table = try #require(try Fixture.page(html: html).tables.first)
        #expect(table.headerRowCount == 1)
        #expect(table.headerColumnCount == 0)
        #expect(table.columnCount == 101)
        #expect(table.rowText(2) == "70B | 128K")
    }
}
