"""provenance on every record

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 13:31:16.302876
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing rows get an empty source list and 'not-verified' until the loader runs again.
    with op.batch_alter_table('attribute', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sources', sa.JSON(), nullable=False, server_default=sa.text("'[]'")))
        batch_op.add_column(sa.Column('verification_status', sa.Enum('verified', 'secondary', 'old-source', 'not-verified', name='verification', native_enum=False, length=20), nullable=False, server_default='not-verified'))
        batch_op.add_column(sa.Column('assured_date', sa.Date(), nullable=True))

    with op.batch_alter_table('language', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sources', sa.JSON(), nullable=False, server_default=sa.text("'[]'")))
        batch_op.add_column(sa.Column('verification_status', sa.Enum('verified', 'secondary', 'old-source', 'not-verified', name='verification', native_enum=False, length=20), nullable=False, server_default='not-verified'))
        batch_op.add_column(sa.Column('assured_date', sa.Date(), nullable=True))

    with op.batch_alter_table('schedule', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sources', sa.JSON(), nullable=False, server_default=sa.text("'[]'")))
        batch_op.add_column(sa.Column('verification_status', sa.Enum('verified', 'secondary', 'old-source', 'not-verified', name='verification', native_enum=False, length=20), nullable=False, server_default='not-verified'))
        batch_op.add_column(sa.Column('assured_date', sa.Date(), nullable=True))

    with op.batch_alter_table('service_area', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sources', sa.JSON(), nullable=False, server_default=sa.text("'[]'")))
        batch_op.add_column(sa.Column('verification_status', sa.Enum('verified', 'secondary', 'old-source', 'not-verified', name='verification', native_enum=False, length=20), nullable=False, server_default='not-verified'))
        batch_op.add_column(sa.Column('assured_date', sa.Date(), nullable=True))

    with op.batch_alter_table('taxonomy', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sources', sa.JSON(), nullable=False, server_default=sa.text("'[]'")))
        batch_op.add_column(sa.Column('verification_status', sa.Enum('verified', 'secondary', 'old-source', 'not-verified', name='verification', native_enum=False, length=20), nullable=False, server_default='not-verified'))
        batch_op.add_column(sa.Column('assured_date', sa.Date(), nullable=True))

    with op.batch_alter_table('taxonomy_term', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sources', sa.JSON(), nullable=False, server_default=sa.text("'[]'")))
        batch_op.add_column(sa.Column('verification_status', sa.Enum('verified', 'secondary', 'old-source', 'not-verified', name='verification', native_enum=False, length=20), nullable=False, server_default='not-verified'))
        batch_op.add_column(sa.Column('assured_date', sa.Date(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('taxonomy_term', schema=None) as batch_op:
        batch_op.drop_column('assured_date')
        batch_op.drop_column('verification_status')
        batch_op.drop_column('sources')

    with op.batch_alter_table('taxonomy', schema=None) as batch_op:
        batch_op.drop_column('assured_date')
        batch_op.drop_column('verification_status')
        batch_op.drop_column('sources')

    with op.batch_alter_table('service_area', schema=None) as batch_op:
        batch_op.drop_column('assured_date')
        batch_op.drop_column('verification_status')
        batch_op.drop_column('sources')

    with op.batch_alter_table('schedule', schema=None) as batch_op:
        batch_op.drop_column('assured_date')
        batch_op.drop_column('verification_status')
        batch_op.drop_column('sources')

    with op.batch_alter_table('language', schema=None) as batch_op:
        batch_op.drop_column('assured_date')
        batch_op.drop_column('verification_status')
        batch_op.drop_column('sources')

    with op.batch_alter_table('attribute', schema=None) as batch_op:
        batch_op.drop_column('assured_date')
        batch_op.drop_column('verification_status')
        batch_op.drop_column('sources')

