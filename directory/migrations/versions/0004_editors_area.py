"""editors area

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 10:15:55.283587
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('editor_team',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('kind', sa.Enum('platform', 'borough', 'national', name='teamkind', native_enum=False, length=20), nullable=False),
    sa.Column('area_code', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('editor_user',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('email', sa.String(length=255), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=True),
    sa.Column('totp_secret', sa.String(length=64), nullable=True),
    sa.Column('totp_confirmed', sa.Boolean(), nullable=False),
    sa.Column('totp_last_step', sa.Integer(), nullable=True),
    sa.Column('recovery_code_hashes', sa.JSON(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('email')
    )
    op.create_table('editor_invitation',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('email', sa.String(length=255), nullable=False),
    sa.Column('team_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.Enum('admin', 'coordinator', 'org-editor', 'national-reviewer', name='role', native_enum=False, length=20), nullable=False),
    sa.Column('organization_id', sa.String(length=36), nullable=True),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('used_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], ),
    sa.ForeignKeyConstraint(['team_id'], ['editor_team.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('token_hash')
    )
    op.create_table('editor_membership',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('team_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.Enum('admin', 'coordinator', 'org-editor', 'national-reviewer', name='role', native_enum=False, length=20), nullable=False),
    sa.Column('organization_id', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], ),
    sa.ForeignKeyConstraint(['team_id'], ['editor_team.id'], ),
    sa.ForeignKeyConstraint(['user_id'], ['editor_user.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('editor_membership', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_editor_membership_team_id'), ['team_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_editor_membership_user_id'), ['user_id'], unique=False)

    op.create_table('editor_change',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('service_id', sa.String(length=36), nullable=False),
    sa.Column('proposed_by', sa.String(length=36), nullable=False),
    sa.Column('change_set', sa.String(length=36), nullable=True),
    sa.Column('published', sa.JSON(), nullable=False),
    sa.Column('proposed', sa.JSON(), nullable=False),
    sa.Column('status', sa.Enum('pending', 'approved', 'returned', name='changestatus', native_enum=False, length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('reviewed_by', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['proposed_by'], ['editor_user.id'], ),
    sa.ForeignKeyConstraint(['reviewed_by'], ['editor_user.id'], ),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('editor_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_editor_change_change_set'), ['change_set'], unique=False)
        batch_op.create_index(batch_op.f('ix_editor_change_service_id'), ['service_id'], unique=False)

    op.create_table('editor_capacity',
    sa.Column('service_id', sa.String(length=36), nullable=False),
    sa.Column('spaces', sa.Integer(), nullable=True),
    sa.Column('waiting_time', sa.String(length=100), nullable=True),
    sa.Column('given_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('given_by', sa.String(length=255), nullable=False),
    sa.Column('public', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ),
    sa.PrimaryKeyConstraint('service_id')
    )
    op.create_table('editor_confidential_address',
    sa.Column('service_id', sa.String(length=36), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('updated_by', sa.String(length=255), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ),
    sa.PrimaryKeyConstraint('service_id')
    )
    op.create_table('editor_outbox',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('to_address', sa.String(length=255), nullable=False),
    sa.Column('subject', sa.String(length=255), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('service_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('editor_outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_editor_outbox_service_id'), ['service_id'], unique=False)

    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.add_column(sa.Column('assurer_email', sa.String(length=255), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.drop_column('assurer_email')

    with op.batch_alter_table('editor_outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_editor_outbox_service_id'))

    op.drop_table('editor_outbox')
    op.drop_table('editor_confidential_address')
    op.drop_table('editor_capacity')
    with op.batch_alter_table('editor_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_editor_change_service_id'))
        batch_op.drop_index(batch_op.f('ix_editor_change_change_set'))

    op.drop_table('editor_change')
    with op.batch_alter_table('editor_membership', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_editor_membership_user_id'))
        batch_op.drop_index(batch_op.f('ix_editor_membership_team_id'))

    op.drop_table('editor_membership')
    op.drop_table('editor_invitation')
    op.drop_table('editor_user')
    op.drop_table('editor_team')
