"""Registering, editing, merging residents; areas and grid roles — on SQLite and PostgreSQL."""

import json
from datetime import date

import pytest

from station_app.audit.chain import recent_entries
from station_app.core.actor import Actor
from station_app.core.errors import ConflictError, PermissionDenied, ValidationError
from station_app.residents import areas, service
from station_app.residents.models import Resident

VALID_ID = "152222199001011233"  # male, born 1990-01-01


@pytest.fixture
def grid(admin):
    town = areas.create_area(admin, "town", "高力板镇")
    village = areas.create_area(admin, "village", "查干陶勒盖嘎查", town.id)
    return areas.create_area(admin, "grid", "第1网格", village.id, "GLB-01")


def test_birth_date_and_gender_fill_in_from_the_id(admin, grid) -> None:
    view = service.create_resident(
        admin,
        {
            "name": " 包音德力格尔 ",
            "id_number": "１５２２２２１９９００１０１１２３３",
            "phone": "139 1234 5678",
            "ethnicity": "蒙古",
            "grid_id": grid.id,
            "tags": "独居老人、低保户",
        },
    )
    assert (view.name, view.gender, view.birth_date) == ("包音德力格尔", "男", date(1990, 1, 1))
    assert (view.id_number, view.phone, view.ethnicity) == (VALID_ID, "13912345678", "蒙古族")
    assert view.place == "高力板镇 / 查干陶勒盖嘎查 / 第1网格"
    assert view.tags == ("独居老人", "低保户")
    assert (view.id_masked, view.phone_masked) == ("152222********1233", "139****5678")
    entry = recent_entries(1)[0]
    assert entry.action == "resident.create"
    assert VALID_ID not in entry.changes and "152222********1233" in entry.changes


def test_mismatch_with_the_id_is_flagged_on_the_field(admin) -> None:
    with pytest.raises(ValidationError) as caught:
        service.create_resident(
            admin, {"name": "王芳", "id_number": VALID_ID, "gender": "女", "birth_date": "1991-02-03"}
        )
    assert "身份证号显示为男" in caught.value.errors["gender"]
    assert "1990-01-01" in caught.value.errors["birth_date"]


def test_every_bad_field_is_named(admin, grid) -> None:
    with pytest.raises(ValidationError) as caught:
        service.create_resident(
            admin,
            {
                "name": "",
                "id_number": "152222199001011234",
                "phone": "12345",
                "ethnicity": "火星族",
                "birth_date": "2023-02-30",
            },
        )
    assert set(caught.value.errors) == {"name", "id_number", "phone", "ethnicity", "birth_date"}
    assert "校验位" in caught.value.errors["id_number"]
    with pytest.raises(ValidationError, match="请选择一个网格"):
        service.create_resident(admin, {"name": "王芳", "grid_id": grid.parent_id})


def test_duplicate_id_is_refused_with_a_link_to_the_person(admin) -> None:
    first = service.create_resident(admin, {"name": "包音德力格尔", "id_number": VALID_ID})
    with pytest.raises(service.DuplicateIdNumber) as caught:
        service.create_resident(admin, {"name": "别人", "id_number": VALID_ID.lower()})
    assert caught.value.existing_id == first.id
    assert "包音德力格尔" in caught.value.errors["id_number"]


def test_likely_duplicate_warns_then_saves_when_confirmed(admin) -> None:
    service.create_resident(admin, {"name": "王芳", "birth_date": "1990年1月1日"})
    with pytest.raises(service.LikelyDuplicate) as caught:
        service.create_resident(admin, {"name": "王芳", "birth_date": "1990/1/1"})
    assert caught.value.candidates[0].name == "王芳"
    service.create_resident(admin, {"name": "王芳", "birth_date": "1990/1/1"}, confirm=True)
    assert Resident.select().where(Resident.name == "王芳").count() == 2


def test_edit_with_optimistic_locking(admin, grid) -> None:
    view = service.create_resident(admin, {"name": "王芳", "phone": "13900000001"})
    changed = service.update_resident(
        admin, view.id, view.version, {**view.as_form(), "phone": "13900000002"}
    )
    assert (changed.phone, changed.version) == ("13900000002", 2)
    with pytest.raises(ConflictError) as caught:
        service.update_resident(admin, view.id, view.version, {**view.as_form(), "phone": "13900000003"})
    assert caught.value.changed_fields["phone"] == ("13900000002", "13900000003")
    entry = recent_entries(1)[0]
    assert json.loads(entry.changes)["changes"]["phone"] == ["139****0001", "139****0002"]


def test_merge_moves_links_and_fills_gaps(admin, grid) -> None:
    survivor = service.create_resident(admin, {"name": "王芳", "phone": "13900000001"})
    duplicate = service.create_resident(
        admin, {"name": "王芳", "id_number": "11010519491231002X", "grid_id": grid.id, "tags": "独居老人"}
    )
    areas.assign_grid_role(admin, grid.id, "building_head", resident_id=duplicate.id, building="3号楼")
    merged = service.merge_residents(admin, survivor.id, duplicate.id)
    assert (merged.phone, merged.id_number, merged.grid_id) == ("13900000001", "11010519491231002X", grid.id)
    assert merged.tags == ("独居老人",)
    assert [role.resident_id for role in areas.grid_roles(grid.id)] == [survivor.id]
    assert Resident.get_by_id(duplicate.id).merged_into_id == survivor.id
    assert recent_entries(1)[0].action == "resident.merge"
    # the merged-away record no longer blocks its ID number, and cannot be merged again
    with pytest.raises(Exception, match="已合并"):
        service.merge_residents(admin, survivor.id, duplicate.id)


def test_full_numbers_reveal_is_permission_checked_needs_a_reason_and_is_audited(admin) -> None:
    from station_app.residents.reading import reveal_numbers

    view = service.create_resident(admin, {"name": "王芳", "id_number": VALID_ID, "phone": "13912345678"})
    with pytest.raises(ValidationError, match="请说明") as missing:
        reveal_numbers(admin, view.id, "  ")
    assert set(missing.value.errors) == {"reason"}
    with pytest.raises(ValidationError, match="过长"):
        reveal_numbers(admin, view.id, "因" * 201)
    full = reveal_numbers(admin, view.id, "电话联系本人，号码13912345678")
    assert (full.id_number, full.phone) == (VALID_ID, "13912345678")
    entry = recent_entries(1)[0]
    assert entry.action == "resident.reveal"
    assert "电话联系本人" in entry.changes and "139****5678" in entry.changes  # the reason, masked
    assert VALID_ID not in entry.changes and "13912345678" not in entry.changes
    auxiliary = Actor(admin.user_id, "fu", "辅警", "auxiliary", admin.station_id)
    with pytest.raises(PermissionDenied):
        reveal_numbers(auxiliary, view.id, "核对身份")


def test_read_only_role_cannot_register(admin) -> None:
    reader = Actor(admin.user_id, "ro", "只读", "readonly", admin.station_id)
    with pytest.raises(PermissionDenied):
        service.create_resident(reader, {"name": "王芳"})


def test_area_tree_and_rules(admin, grid) -> None:
    tree = areas.area_tree(admin.station_id)
    assert [(town.name, town.children[0].name, town.children[0].children[0].code) for town in tree] == [
        ("高力板镇", "查干陶勒盖嘎查", "GLB-01")
    ]
    with pytest.raises(ValidationError, match="已存在"):
        areas.create_area(admin, "town", "高力板镇")
    with pytest.raises(ValidationError, match="只能添加"):
        areas.create_area(admin, "grid", "错层网格", tree[0].id)
    with pytest.raises(ValidationError, match="不能再建"):
        areas.create_area(admin, "grid", "网格下的网格", grid.id)
    with pytest.raises(ValidationError) as caught:
        areas.assign_grid_role(admin, grid.id, "unit_head")
    assert set(caught.value.errors) == {"person", "unit"}
    role = areas.assign_grid_role(admin, grid.id, "grid_worker", account_id=admin.user_id)
    assert (role.role_label, role.person_name) == ("网格员", "崔鑫龙")
    areas.remove_grid_role(admin, role.id)
    assert areas.grid_roles(grid.id) == []


def test_merge_moves_dispute_parties_too(admin) -> None:
    from station_app.mediation.cases import get_case, open_case

    survivor = service.create_resident(admin, {"name": "王芳", "phone": "13900000001"})
    duplicate = service.create_resident(admin, {"name": "王芳", "id_number": "11010519491231002X"})
    case = open_case(admin, {"source": "群众来访", "category": "邻里纠纷", "summary": "争吵"},
                     [{"resident_id": duplicate.id}])
    service.merge_residents(admin, survivor.id, duplicate.id)
    assert [party.resident.id for party in get_case(admin, case.id).parties] == [survivor.id]
