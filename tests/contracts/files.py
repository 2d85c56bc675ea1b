"""Spreadsheets written the way people write them: real XLSX by openpyxl, CSV by hand."""

from __future__ import annotations

from pathlib import Path

SPANISH = ["Referencia", "Nombre", "Unidad", "Puesto", "Fecha de inicio",
           "Fecha de término", "Honorarios", "Componente"]
ENGLISH = ["Reference", "Name", "Unit", "Position", "Start date", "End date", "Monthly fee",
           "Component"]


def write_xlsx(path: Path, header: list[str], rows: list[list[object]],
               sheet: str = "Contratos", cover: bool = False) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    worksheet = workbook.active
    if cover:
        worksheet.title = "Portada"
        worksheet.append(["Contratos del programa PROCAP"])
        worksheet = workbook.create_sheet(sheet)
    else:
        worksheet.title = sheet
    worksheet.append(header)
    for row in rows:
        worksheet.append(row)
    workbook.save(path)
    return path


def write_csv(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    return path
